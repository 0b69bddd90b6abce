using OcrAsync.Api.Notifications;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseAcceptTimings();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseCors();
app.UseWebPage();
app.UseAuthentication();
app.UseAuthorization();
app.UseSubmitRateLimit();

app.MapDefaultEndpoints();
app.MapOpenApiDocuments();
app.MapOcrApi();
app.MapTemplatesApi();
app.MapCorrectionsApi();
app.MapNotificationsApi();

app.Run();

/// <summary>Entry point, visible to tests.</summary>
public partial class Program;

using OcrAsync.Api.Apis;
using OcrAsync.Api.Corrections;
using OcrAsync.Api.Extensions;
using OcrAsync.Api.Security;
using OcrAsync.Api.Notifications;
using OcrAsync.Api.OpenApi;
using OcrAsync.Api.Uploads;

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

namespace OcrAsync.Api.Apis;

/// <summary>What the endpoints that take a template body bind (<c>[AsParameters]</c>).</summary>
public sealed record TemplateBodyRequest(HttpRequest Request, ClaimsPrincipal User, TemplateRepository Templates, IOptions<UploadOptions> Uploads);

namespace OcrAsync.Api.Apis;

/// <summary>What both upload endpoints bind (<c>[AsParameters]</c>): the request, its user and the services that accept it.</summary>
public sealed record UploadRequest(
    HttpContext Context,
    ClaimsPrincipal User,
    UploadRequestReader Reader,
    OcrJobSubmitter Submitter,
    IOptions<UploadOptions> Limits,
    UserQueueQuota Quota,
    TemplateRepository Templates,
    OcrDbContext Db,
    LinkGenerator Links);

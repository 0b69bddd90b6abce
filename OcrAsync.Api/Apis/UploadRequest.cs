using System.Security.Claims;
using Microsoft.Extensions.Options;
using OcrAsync.Api.Security;
using OcrAsync.Api.Services;
using OcrAsync.Api.Uploads;
using OcrAsync.Core.Data;

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

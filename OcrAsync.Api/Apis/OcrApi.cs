using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcrAsync.Api.Extensions;
using OcrAsync.Api.Services;
using OcrAsync.Api.Uploads;
using OcrAsync.Core.Data;

namespace OcrAsync.Api.Apis;

public static class OcrApi
{
    public const string StatusRouteName = "GetOcrStatus";

    public static RouteGroupBuilder MapOcrApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/ocr-async").RequireAuthorization();

        // Bearer tokens are not sent automatically by browsers, so the form post needs no antiforgery token.
        api.MapPost("/process-async", ProcessAsync).DisableAntiforgery();
        api.MapGet("/status/{ocr_result_id}", GetStatus).WithName(StatusRouteName);

        return api;
    }

    public static async Task<Results<Accepted<ProcessAsyncResponse>, ProblemHttpResult, UnauthorizedHttpResult>> ProcessAsync(
        HttpContext context,
        ClaimsPrincipal user,
        UploadRequestReader reader,
        OcrJobSubmitter submitter,
        LinkGenerator links,
        CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        var (submission, problem) = await reader.ReadAsync(context.Request, userId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var job = await submitter.SubmitAsync(submission!, cancellationToken);
        var statusUrl = links.GetPathByName(StatusRouteName, new { ocr_result_id = job.Id }) ?? $"/api/ocr-async/status/{job.Id}";
        // Azure Document Intelligence's convention: tell pollers where and how often to look.
        context.Response.Headers.RetryAfter = "1";
        return TypedResults.Accepted(statusUrl, new ProcessAsyncResponse(
            "Invoice accepted for processing",
            job.Id,
            job.TaskId,
            "queued",
            "a few seconds per page",
            statusUrl,
            "Poll check_status_url until status is completed or failed."));
    }

    public static async Task<Results<Ok<OcrStatusResponse>, ProblemHttpResult>> GetStatus(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "ocr_result_id")] string ocrResultId,
        ClaimsPrincipal user,
        OcrDbContext db,
        CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        // Another user's id gets the same answer as an unknown one, so ids leak nothing.
        var job = Guid.TryParse(ocrResultId, out var id) && userId is not null
            ? await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.UserId == userId, cancellationToken)
            : null;

        return job is null
            ? TypedResults.Problem(
                detail: $"No OCR result '{ocrResultId}' exists for this user.",
                statusCode: StatusCodes.Status404NotFound,
                title: "OCR result not found")
            : TypedResults.Ok(job.ToResponse());
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcrAsync.Api.Extensions;
using OcrAsync.Api.OpenApi;
using OcrAsync.Api.Queue;
using OcrAsync.Api.Resilience;
using OcrAsync.Api.Security;
using OcrAsync.Api.Services;
using OcrAsync.Api.Uploads;
using OcrAsync.Core.Data;
using OcrAsync.Core.Jobs;
using OcrAsync.Core.Jobs.Files;
using OcrAsync.Core.Templates;

namespace OcrAsync.Api.Apis;

public static class OcrApi
{
    public const string StatusRouteName = "GetOcrStatus";
    public const string BatchRouteName = "GetOcrBatch";
    private const string IdempotencyKeyHeader = "Idempotency-Key";
    private const string ProcessedByHeader = "X-Processed-By";

    public static RouteGroupBuilder MapOcrApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/ocr-async")
            .RequireAuthorization()
            .WithTags("OCR")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        // Bearer tokens are not sent automatically by browsers, so form posts need no antiforgery token.
        api.MapPost("/process-async", ProcessAsync).DisableAntiforgery()
            .RequireRateLimiting(SecurityExtensions.SubmitRateLimitPolicy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Submit one invoice (multipart field 'file'); answers 202 at once")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/process-bulk", ProcessBulk).DisableAntiforgery()
            .RequireRateLimiting(SecurityExtensions.SubmitRateLimitPolicy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Submit several invoices (multipart field 'files'); bad files are reported per file")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/status/{ocr_result_id}", GetStatus).WithName(StatusRouteName)
            .WithSummary("A job's state and, once completed, its text and invoice fields")
            .WithDescription(EInvoiceDocs.StatusResult);
        api.MapGet("/batch/{batch_id}", GetBatch).WithName(BatchRouteName)
            .WithSummary("Counts per status and every file of a bulk upload");
        api.MapPost("/cancel/{task_id}", Cancel)
            .WithSummary("Cancel a queued or running job; a finished job answers 409");
        api.MapGet("/queue-stats", GetQueueStats)
            .WithSummary("Queue depths, workers and the caller's own job counts");
        api.MapGet("/recent", RecentJobsApi.GetRecent)
            .WithSummary("The caller's latest jobs, newest first (catch up after a reconnect)");

        return api;
    }

    public static async Task<Results<Accepted<ProcessAsyncResponse>, Ok<OcrStatusResponse>, ProblemHttpResult, UnauthorizedHttpResult>> ProcessAsync(
        HttpContext context,
        ClaimsPrincipal user,
        UploadRequestReader reader,
        OcrJobSubmitter submitter,
        IOptions<UploadOptions> limits,
        UserQueueQuota quota,
        TemplateRepository templates,
        OcrDbContext db,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        if (idempotencyKey is { Length: 0 or > 200 })
        {
            return UploadProblem.BadRequest($"The {IdempotencyKeyHeader} header must be 1 to 200 characters.", IdempotencyKeyHeader);
        }

        var (form, formProblem) = await reader.ReadFormAsync(context.Request, "file", limits.Value.MaxFileBytes, cancellationToken);
        if (formProblem is not null)
        {
            return formProblem;
        }

        var (settings, settingsProblem) = await reader.ReadSettingsAsync(form!, userId, templates, cancellationToken);
        if (settingsProblem is not null)
        {
            return settingsProblem;
        }

        var (submission, fileProblem) = await reader.ReadFileAsync(form!.Files.GetFile("file"), "file", userId, settings!, cancellationToken);
        if (fileProblem is not null)
        {
            return fileProblem;
        }

        // Only a replay of a job that exists is free: a new key on every upload must not skip the quota.
        var replay = idempotencyKey is not null
            && await db.Jobs.AnyAsync(j => j.UserId == userId && j.IdempotencyKey == idempotencyKey, cancellationToken);
        if (!replay && await quota.CheckAsync(userId, 1, cancellationToken) is { } quotaProblem)
        {
            return quotaProblem;
        }

        var (job, replayed, inline) = await submitter.SubmitAsync(submission! with { IdempotencyKey = idempotencyKey }, cancellationToken);
        var statusUrl = StatusUrl(job.Id);
        if (inline)
        {
            // No worker was alive, so the API did the work: answer with the result, and say so.
            context.Response.Headers[ProcessedByHeader] = "api-fallback";
            var done = await db.Jobs.AsNoTracking().FirstAsync(j => j.Id == job.Id, cancellationToken);
            return TypedResults.Ok(done.ToResponse());
        }

        // Azure Document Intelligence's convention: tell pollers where and how often to look.
        context.Response.Headers.RetryAfter = "1";
        return TypedResults.Accepted(statusUrl, new ProcessAsyncResponse(
            replayed ? "Already submitted with this Idempotency-Key: this is the original job"
                : job.ReusedFromId is not null ? "Same file already processed with these settings: its result was reused (send reuse=false to read it again)"
                : "Invoice accepted for processing",
            job.Id,
            job.TaskId,
            job.Status.ToString().ToLowerInvariant(),
            "a few seconds per page",
            statusUrl,
            "Live updates: SignalR hub /hubs/notifications (event 'notification'); or poll check_status_url."));
    }

    public static async Task<Results<Accepted<ProcessBulkResponse>, ProblemHttpResult, UnauthorizedHttpResult>> ProcessBulk(
        HttpContext context,
        ClaimsPrincipal user,
        UploadRequestReader reader,
        OcrJobSubmitter submitter,
        IOptions<UploadOptions> limits,
        UserQueueQuota quota,
        TemplateRepository templates,
        CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        var (form, formProblem) = await reader.ReadFormAsync(context.Request, "files", limits.Value.MaxBulkRequestBytes, cancellationToken);
        if (formProblem is not null)
        {
            return formProblem;
        }

        var files = form!.Files.GetFiles("files");
        if (files.Count == 0)
        {
            return UploadProblem.BadRequest("No files were uploaded: send them in the 'files' form field.", "files");
        }

        if (files.Count > limits.Value.MaxFilesPerBatch)
        {
            return UploadProblem.BadRequest($"{files.Count} files were sent; a bulk upload takes at most {limits.Value.MaxFilesPerBatch}.", "files");
        }

        var (settings, settingsProblem) = await reader.ReadSettingsAsync(form, userId, templates, cancellationToken);
        if (settingsProblem is not null)
        {
            return settingsProblem;
        }

        if (await quota.CheckAsync(userId, files.Count, cancellationToken) is { } quotaProblem)
        {
            return quotaProblem;
        }

        var batchId = Guid.NewGuid();
        var items = new List<BulkItemResponse>(files.Count);
        string? databaseProblem = null;
        foreach (var file in files)
        {
            // A bad file is reported on its own line; the good ones are still accepted.
            var (submission, problem) = await reader.ReadFileAsync(file, "files", userId, settings!, cancellationToken);
            if (problem is not null)
            {
                items.Add(new BulkItemResponse(UploadRequestReader.SanitizeFileName(file.FileName), "rejected", Error: problem.ProblemDetails.Detail));
                continue;
            }

            if (databaseProblem is not null)
            {
                items.Add(new BulkItemResponse(submission!.FileName, "rejected", Error: databaseProblem));
                continue;
            }

            try
            {
                var job = (await submitter.SubmitAsync(submission! with { BatchId = batchId }, cancellationToken)).Job;
                items.Add(new BulkItemResponse(job.FileName, job.Status.ToString().ToLowerInvariant(), job.Id, job.TaskId));
            }
            catch (Exception ex) when (ex is DatabaseUnavailableException or FileStoreUnavailableException && items.Any(i => i.OcrResultId is not null))
            {
                // Files already accepted stay accepted: the answer says which ones to send again (none stored yet is a 503).
                databaseProblem = $"{ex.Message} This file was not stored; submit it again.";
                items.Add(new BulkItemResponse(submission!.FileName, "rejected", Error: databaseProblem));
            }
        }

        var accepted = items.Count(i => i.OcrResultId is not null);
        var batchUrl = $"/api/ocr-async/batch/{batchId}";
        return TypedResults.Accepted(batchUrl, new ProcessBulkResponse(
            $"{accepted} of {items.Count} file(s) accepted for processing", batchId, accepted, items.Count - accepted, batchUrl, items));
    }

    public static async Task<Results<Ok<OcrStatusResponse>, ProblemHttpResult>> GetStatus(
        [FromRoute(Name = "ocr_result_id")] string ocrResultId,
        ClaimsPrincipal user,
        OcrDbContext db,
        CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        // Another user's id gets the same answer as an unknown one, so ids leak nothing.
        var job = Guid.TryParse(ocrResultId, out var id) && userId is not null
            ? await OcrJobQueries.OwnJob(db, id, userId, cancellationToken)
            : null;

        return job is null ? ApiProblems.NotFound("OCR result", ocrResultId) : TypedResults.Ok(job.ToResponse());
    }

    public static async Task<Results<Ok<BatchSummaryResponse>, ProblemHttpResult>> GetBatch(
        [FromRoute(Name = "batch_id")] string batchId,
        ClaimsPrincipal user,
        OcrDbContext db,
        CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        var jobs = Guid.TryParse(batchId, out var id) && userId is not null
            ? await db.Jobs.AsNoTracking()
                .Where(j => j.BatchId == id && j.UserId == userId)
                .OrderBy(j => j.CreatedAt)
                .Select(j => new BatchItemResponse(j.Id, j.TaskId, j.FileName, j.Status.ToString().ToLower(), j.Progress, j.ErrorMessage))
                .ToListAsync(cancellationToken)
            : [];

        if (jobs.Count == 0)
        {
            return ApiProblems.NotFound("batch", batchId);
        }

        var counts = Enum.GetNames<OcrJobStatus>()
            .Select(s => s.ToLowerInvariant())
            .ToDictionary(s => s, s => jobs.Count(j => j.Status == s));
        var finished = jobs.All(j => j.Status is "completed" or "failed" or "cancelled");
        return TypedResults.Ok(new BatchSummaryResponse(id, jobs.Count, counts, finished, jobs));
    }

    public static async Task<Results<Ok<CancelResponse>, ProblemHttpResult>> Cancel(
        [FromRoute(Name = "task_id")] string taskId,
        ClaimsPrincipal user,
        JobCanceller canceller,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(taskId, out var id) || user.GetUserId() is not { } userId)
        {
            return ApiProblems.NotFound("task", taskId);
        }

        var (outcome, job) = await canceller.CancelAsync(id, userId, cancellationToken);
        return outcome switch
        {
            CancelOutcome.Cancelled => TypedResults.Ok(new CancelResponse(job!.Id, job.TaskId, "cancelled", "The job was cancelled before it started.")),
            CancelOutcome.CancelRequested => TypedResults.Ok(new CancelResponse(job!.Id, job.TaskId, "processing", "The job is running; it stops at the next page boundary.")),
            CancelOutcome.AlreadyFinished => ApiProblems.Conflict($"Task '{taskId}' is already {job!.Status.ToString().ToLowerInvariant()}; it can no longer be cancelled."),
            _ => ApiProblems.NotFound("task", taskId),
        };
    }

    public static async Task<Ok<QueueStatsResponse>> GetQueueStats(
        ClaimsPrincipal user,
        QueueStatsReader reader,
        OcrDbContext db,
        CancellationToken cancellationToken)
    {
        var stats = await reader.ReadAsync(cancellationToken);
        var userId = user.GetUserId();
        var mine = await db.Jobs.AsNoTracking()
            .Where(j => j.UserId == userId)
            .GroupBy(j => j.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var myJobs = Enum.GetValues<OcrJobStatus>().ToDictionary(
            s => s.ToString().ToLowerInvariant(),
            s => mine.FirstOrDefault(m => m.Status == s)?.Count ?? 0);

        return TypedResults.Ok(new QueueStatsResponse(
            stats.Streams,
            stats.DeadLetters,
            stats.OutboxBacklog,
            stats.OldestQueuedSeconds,
            stats.WorkersAlive,
            stats.EnginesBusy,
            myJobs,
            user.IsInRole("admin") ? stats.Workers : null,
            stats.QueueStale,
            stats.QueueReadAt));
    }

    private static string StatusUrl(Guid id) => $"/api/ocr-async/status/{id}";
}

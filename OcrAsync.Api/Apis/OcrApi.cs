using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Api.Apis;

public static class OcrApi
{
    /// <summary>Where every OCR endpoint lives (the original design's path).</summary>
    public const string RoutePrefix = "/api/ocr-async";
    public const string StatusRouteName = "GetOcrStatus";
    public const string BatchRouteName = "GetOcrBatch";
    public const string ProcessAsyncPath = "/process-async";
    public const string ProcessBulkPath = "/process-bulk";
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    private const string ProcessedByHeader = "X-Processed-By";

    public static RouteGroupBuilder MapOcrApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapAuthorizedGroup(RoutePrefix, "OCR");

        api.MapPost(ProcessAsyncPath, ProcessAsync).AcceptsUpload()
            .WithSummary("Submit one invoice (multipart field 'file'); answers 202 at once")
            .ProducesProblems(StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        api.MapPost(ProcessBulkPath, ProcessBulk).AcceptsUpload()
            .WithSummary("Submit several invoices (multipart field 'files'); bad files are reported per file");
        api.MapGet("/status/{ocr_result_id:guid}", GetStatus).WithName(StatusRouteName)
            .WithSummary("A job's state and, once completed, its text and invoice fields")
            .WithDescription(EInvoiceDocs.StatusResult);
        api.MapGet("/batch/{batch_id:guid}", GetBatch).WithName(BatchRouteName)
            .WithSummary("Counts per status and every file of a bulk upload");
        api.MapPost("/cancel/{task_id:guid}", Cancel)
            .WithSummary("Cancel a queued or running job; a finished job answers 409");
        api.MapUnknownIds("/status", "OCR result", HttpMethods.Get);
        api.MapUnknownIds("/batch", "batch", HttpMethods.Get);
        api.MapUnknownIds("/cancel", "task", HttpMethods.Post);
        api.MapGet("/queue-stats", GetQueueStats)
            .WithSummary("Queue depths, workers and the caller's own job counts");
        api.MapGet("/recent", RecentJobsApi.GetRecent)
            .WithSummary("The caller's latest jobs, newest first (catch up after a reconnect)");

        return api;
    }

    public static async Task<Results<Accepted<ProcessAsyncResponse>, Ok<OcrStatusResponse>, ProblemHttpResult, UnauthorizedHttpResult>> ProcessAsync(
        [AsParameters] UploadRequest request,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        var (context, user, reader, submitter, limits, quota, templates, db, links) = request;
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        if (idempotencyKey is { Length: 0 or > 200 })
        {
            return UploadProblem.BadRequest($"The {IdempotencyKeyHeader} header must be 1 to 200 characters.", IdempotencyKeyHeader);
        }

        context.MarkAcceptPhase("pre");
        if ((await reader.ReadFormAsync(context.Request, "file", limits.Value.MaxFileBytes, filesInMemory: true, cancellationToken)).Failed(out var problem, out var form))
        {
            return problem;
        }

        context.MarkAcceptPhase("body");
        if ((await reader.ReadSettingsAsync(form, userId, templates, cancellationToken)).Failed(out problem, out var settings)
            || (await reader.ReadFileAsync(form.Files.GetFile("file"), "file", userId, settings, cancellationToken)).Failed(out problem, out var submission))
        {
            return problem;
        }

        context.MarkAcceptPhase("check");
        // Only a replay of a job that exists is free: a new key on every upload must not skip the quota.
        var replay = idempotencyKey is not null
            && await db.Jobs.AnyAsync(j => j.UserId == userId && j.IdempotencyKey == idempotencyKey, cancellationToken);
        if (!replay && await quota.CheckAsync(userId, 1, cancellationToken) is { } quotaProblem)
        {
            return quotaProblem;
        }

        context.MarkAcceptPhase("quota");
        var (job, replayed, inline) = await submitter.SubmitAsync(
            submission with { IdempotencyKey = idempotencyKey }, cancellationToken, () => context.MarkAcceptPhase("file"));
        context.MarkAcceptPhase("store");
        var statusUrl = StatusUrl(links, job.Id);
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
            job.Status,
            "a few seconds per page",
            statusUrl,
            "Live updates: SignalR hub /hubs/notifications (event 'notification'); or poll check_status_url."));
    }

    public static async Task<Results<Accepted<ProcessBulkResponse>, ProblemHttpResult, UnauthorizedHttpResult>> ProcessBulk(
        [AsParameters] UploadRequest request, CancellationToken cancellationToken)
    {
        var (context, user, reader, submitter, limits, quota, templates, _, links) = request;
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        if ((await reader.ReadFormAsync(context.Request, "files", limits.Value.MaxBulkRequestBytes, filesInMemory: false, cancellationToken)).Failed(out var formProblem, out var form))
        {
            return formProblem;
        }

        var files = form.Files.GetFiles("files");
        if (files.Count == 0)
        {
            return UploadProblem.BadRequest("No files were uploaded: send them in the 'files' form field.", "files");
        }

        if (files.Count > limits.Value.MaxFilesPerBatch)
        {
            return UploadProblem.BadRequest($"{files.Count} files were sent; a bulk upload takes at most {limits.Value.MaxFilesPerBatch}.", "files");
        }

        if ((await reader.ReadSettingsAsync(form, userId, templates, cancellationToken)).Failed(out var settingsProblem, out var settings))
        {
            return settingsProblem;
        }

        if (await quota.CheckAsync(userId, files.Count, cancellationToken) is { } quotaProblem)
        {
            return quotaProblem;
        }

        var batchId = Guid.NewGuid();
        var items = new List<BulkItemResponse>(files.Count);
        string? storeAway = null;
        foreach (var file in files)
        {
            // A bad file is reported on its own line; the good ones are still accepted.
            if ((await reader.ReadFileAsync(file, "files", userId, settings, cancellationToken)).Failed(out var problem, out var submission))
            {
                items.Add(new BulkItemResponse(UploadRequestReader.SanitizeFileName(file.FileName), "rejected", Error: problem.ProblemDetails.Detail));
                continue;
            }

            if (storeAway is not null)
            {
                items.Add(new BulkItemResponse(submission.FileName, "rejected", Error: $"Not stored: the {storeAway} stopped answering at an earlier file of this upload; submit this file again."));
                continue;
            }

            try
            {
                var job = (await submitter.SubmitAsync(submission with { BatchId = batchId }, cancellationToken)).Job;
                items.Add(new BulkItemResponse(job.FileName, JobLifecycle.Name(job.Status), job.Id, job.TaskId));
            }
            catch (Exception ex) when (ex is DatabaseUnavailableException or FileStoreUnavailableException && items.Any(i => i.OcrResultId is not null))
            {
                // Files already accepted stay accepted: the answer says which ones to send again (none stored yet is a 503).
                storeAway = ex is FileStoreUnavailableException ? "file storage" : "job database";
                items.Add(new BulkItemResponse(submission.FileName, "rejected", Error: $"{ex.Message} This file was not stored; submit it again."));
            }
        }

        var accepted = items.Count(i => i.OcrResultId is not null);
        var batchUrl = links.GetPathByName(BatchRouteName, new RouteValueDictionary { ["batch_id"] = batchId })!;
        return TypedResults.Accepted(batchUrl, new ProcessBulkResponse(
            $"{accepted} of {items.Count} file(s) accepted for processing", batchId, accepted, items.Count - accepted, batchUrl, items));
    }

    public static async Task<Results<Ok<OcrStatusResponse>, ProblemHttpResult>> GetStatus(
        [FromRoute(Name = "ocr_result_id")] Guid ocrResultId,
        ClaimsPrincipal user,
        OcrDbContext db,
        CancellationToken cancellationToken)
    {
        // Another user's id gets the same answer as an unknown one, so ids leak nothing.
        var job = user.GetUserId() is { } userId ? await OcrJobQueries.OwnJob(db, ocrResultId, userId, cancellationToken) : null;

        return job is null ? ApiProblems.NotFound("OCR result", ocrResultId.ToString()) : TypedResults.Ok(job.ToResponse());
    }

    public static async Task<Results<Ok<BatchSummaryResponse>, ProblemHttpResult>> GetBatch(
        [FromRoute(Name = "batch_id")] Guid batchId,
        ClaimsPrincipal user,
        OcrDbContext db,
        CancellationToken cancellationToken)
    {
        var jobs = user.GetUserId() is { } userId ? await OcrJobQueries.OwnBatch(db, batchId, userId, cancellationToken) : [];

        if (jobs.Count == 0)
        {
            return ApiProblems.NotFound("batch", batchId.ToString());
        }

        var counts = Enum.GetValues<OcrJobStatus>().ToDictionary(JobLifecycle.Name, s => jobs.Count(j => j.Status == s));
        var finished = jobs.All(j => JobLifecycle.IsFinal(j.Status));
        return TypedResults.Ok(new BatchSummaryResponse(batchId, jobs.Count, counts, finished, jobs));
    }

    public static async Task<Results<Ok<CancelResponse>, ProblemHttpResult>> Cancel(
        [FromRoute(Name = "task_id")] Guid taskId,
        ClaimsPrincipal user,
        JobCanceller canceller,
        CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return ApiProblems.NotFound("task", taskId.ToString());
        }

        var (outcome, job) = await canceller.CancelAsync(taskId, userId, cancellationToken);
        return (outcome, job) switch
        {
            (CancelOutcome.Cancelled, { } cancelled) =>
                TypedResults.Ok(new CancelResponse(cancelled.Id, cancelled.TaskId, OcrJobStatus.Cancelled, "The job was cancelled before it started.")),
            (CancelOutcome.CancelRequested, { } running) =>
                TypedResults.Ok(new CancelResponse(running.Id, running.TaskId, OcrJobStatus.Processing, "The job is running; it stops at the next page boundary.")),
            (CancelOutcome.AlreadyFinished, { } finished) =>
                ApiProblems.Conflict($"Task '{taskId}' is already {JobLifecycle.Name(finished.Status)}; it can no longer be cancelled."),
            _ => ApiProblems.NotFound("task", taskId.ToString()),
        };
    }

    public static async Task<Ok<QueueStatsResponse>> GetQueueStats(
        ClaimsPrincipal user,
        QueueStatsReader reader,
        OcrDbContext db,
        CancellationToken cancellationToken)
    {
        // The shared figures (their own scope) and this user's counts are read side by side.
        var shared = reader.ReadAsync(cancellationToken);
        var userId = user.GetUserId();
        var mine = await db.Jobs.AsNoTracking()
            .Where(j => j.UserId == userId)
            .GroupBy(j => j.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var stats = await shared;
        var myJobs = Enum.GetValues<OcrJobStatus>().ToDictionary(
            JobLifecycle.Name,
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

    public static string StatusUrl(LinkGenerator links, Guid id) =>
        links.GetPathByName(StatusRouteName, new RouteValueDictionary { ["ocr_result_id"] = id })!;

    /// <summary>
    /// Ids are guids (the routes above say so); anything else is answered like an unknown id, with a problem that
    /// names it, rather than the bare 404 of an unmatched route.
    /// </summary>
    internal static void MapUnknownIds(this RouteGroupBuilder api, string path, string what, string method) =>
        api.MapMethods($"{path}/{{id}}", [method], (string id) => ApiProblems.NotFound(what, id)).ExcludeFromDescription();
}

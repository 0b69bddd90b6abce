using System.Diagnostics;
using Microsoft.Extensions.Options;
using OcrAsync.Core.Jobs;
using OcrAsync.Core.Messaging;
using OcrAsync.Core.Ocr;
using OcrAsync.Core.Processing;
using OcrAsync.Worker.Consumers;
using StackExchange.Redis;

namespace OcrAsync.Worker.Jobs;

/// <summary>
/// Runs one stream entry to its end. The entry is acknowledged only once the job is in a final state in Postgres;
/// anything else leaves it pending, so a crash or a transient fault never loses the job.
/// </summary>
public sealed partial class OcrJobProcessor(
    IServiceScopeFactory scopeFactory,
    InvoiceOcrPipeline pipeline,
    JobStreamClient streams,
    IOptions<ConsumerOptions> options,
    TimeProvider timeProvider,
    ILogger<OcrJobProcessor> logger)
{
    private static readonly ActivitySource ActivitySource = new(Microsoft.Extensions.Hosting.Extensions.TelemetrySourceName);

    public async Task ProcessAsync(string stream, StreamEntry entry, CancellationToken stoppingToken)
    {
        if (OcrJobStreamEntry.TryParse(entry) is not { } message)
        {
            LogMalformedEntry(logger, stream, entry.Id.ToString());
            await streams.AcknowledgeAsync(stream, entry.Id);
            return;
        }

        using var activity = ActivitySource.StartActivity("ocr.job", ActivityKind.Consumer, message.TraceParent);
        activity?.SetTag("ocr.job_id", message.JobId);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["JobId"] = message.JobId });
        await using var services = scopeFactory.CreateAsyncScope();
        var store = services.ServiceProvider.GetRequiredService<JobStore>();
        var settings = options.Value;

        if (!await store.TryClaimAsync(message.JobId, settings.LeaseDuration, stoppingToken))
        {
            await SkipUnclaimableAsync(store, stream, entry, message.JobId, stoppingToken);
            return;
        }

        var job = await store.FindAsync(message.JobId, stoppingToken);
        if (job is null)
        {
            return; // Deleted between claim and read: nothing left to do or acknowledge.
        }

        if (job.Attempts > settings.MaxAttempts)
        {
            await FinishFailedAsync(store, stream, entry, job.Id, $"Gave up after {settings.MaxAttempts} attempts; last state: {job.StatusMessage}", stoppingToken);
            return;
        }

        await RunAsync(store, stream, entry, job, stoppingToken);
    }

    private async Task RunAsync(JobStore store, string stream, StreamEntry entry, OcrJob job, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var started = timeProvider.GetTimestamp();
        LogJobStarted(logger, job.Id, job.Attempts, (timeProvider.GetUtcNow() - job.CreatedAt).TotalMilliseconds);
        try
        {
            var content = await store.LoadFileAsync(job.Id, stoppingToken)
                ?? throw new UnreadableDocumentException("The uploaded file is missing from the database.");

            var result = await pipeline.RunAsync(content, job.ConfidenceThreshold,
                (page, pages, ct) => store.ReportProgressAsync(job.Id, 10 + (80 * page / pages), $"Recognised page {page} of {pages}", settings.LeaseDuration, ct),
                stoppingToken);

            await store.CompleteAsync(job.Id, result, timeProvider.GetElapsedTime(started), stoppingToken);
            await streams.AcknowledgeAsync(stream, entry.Id);
            LogJobCompleted(logger, job.Id, result.PageCount, timeProvider.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (UnreadableDocumentException ex)
        {
            // The document itself is bad: retrying cannot help.
            await FinishFailedAsync(store, stream, entry, job.Id, ex.Message, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Graceful shutdown: hand the job back at once rather than waiting for the reclaim timeout.
            await store.ReleaseAsync(job.Id, "Worker stopped; waiting for another worker", CancellationToken.None);
            await streams.RequeueAsync(stream, entry.Id, job.Id, job.Priority, timeProvider.GetUtcNow());
            LogJobRequeued(logger, job.Id);
        }
        catch (Exception ex)
        {
            // Transient (database, Redis, engine): leave the entry pending; it is reclaimed and retried.
            LogJobFailedTransiently(logger, ex, job.Id, job.Attempts);
            await store.ReleaseAsync(job.Id, $"Retrying after an error: {ex.Message}", CancellationToken.None);
        }
    }

    private async Task SkipUnclaimableAsync(JobStore store, string stream, StreamEntry entry, Guid jobId, CancellationToken cancellationToken)
    {
        var job = await store.FindAsync(jobId, cancellationToken);
        // Still running under another worker's lease: leave the entry pending so it is looked at again later.
        if (job is { Status: OcrJobStatus.Processing })
        {
            LogJobBusyElsewhere(logger, jobId);
            return;
        }

        LogDuplicateSkipped(logger, jobId, job?.Status.ToString() ?? "missing");
        await streams.AcknowledgeAsync(stream, entry.Id);
    }

    private async Task FinishFailedAsync(JobStore store, string stream, StreamEntry entry, Guid jobId, string reason, CancellationToken cancellationToken)
    {
        await store.FailAsync(jobId, reason, cancellationToken);
        await streams.AcknowledgeAsync(stream, entry.Id);
        LogJobFailed(logger, jobId, reason);
    }

    [LoggerMessage(LogLevel.Information, "Job {JobId} started (attempt {Attempt}, waited {QueueWaitMs:F0} ms)")]
    private static partial void LogJobStarted(ILogger logger, Guid jobId, int attempt, double queueWaitMs);

    [LoggerMessage(LogLevel.Information, "Job {JobId} completed: {Pages} page(s) in {ElapsedMs:F0} ms")]
    private static partial void LogJobCompleted(ILogger logger, Guid jobId, int pages, double elapsedMs);

    [LoggerMessage(LogLevel.Warning, "Job {JobId} failed: {Reason}")]
    private static partial void LogJobFailed(ILogger logger, Guid jobId, string reason);

    [LoggerMessage(LogLevel.Error, "Job {JobId} hit an error on attempt {Attempt}; it will be retried")]
    private static partial void LogJobFailedTransiently(ILogger logger, Exception exception, Guid jobId, int attempt);

    [LoggerMessage(LogLevel.Information, "Job {JobId} handed back to the queue on shutdown")]
    private static partial void LogJobRequeued(ILogger logger, Guid jobId);

    [LoggerMessage(LogLevel.Debug, "Job {JobId} is being processed by another worker")]
    private static partial void LogJobBusyElsewhere(ILogger logger, Guid jobId);

    [LoggerMessage(LogLevel.Information, "Skipped a repeated delivery of job {JobId} ({Status})")]
    private static partial void LogDuplicateSkipped(ILogger logger, Guid jobId, string status);

    [LoggerMessage(LogLevel.Warning, "Dropped malformed entry {EntryId} from {Stream}")]
    private static partial void LogMalformedEntry(ILogger logger, string stream, string entryId);
}

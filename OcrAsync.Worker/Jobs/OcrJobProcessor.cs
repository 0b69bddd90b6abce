using System.Diagnostics;
using OcrAsync.Core.Jobs.Files;
using OcrAsync.Core.Telemetry;
using Polly;
using Polly.Retry;
using StackExchange.Redis;

namespace OcrAsync.Worker.Jobs;

/// <summary>
/// Runs one stream entry to its end. The entry is acknowledged only once the job is in a final state in Postgres;
/// anything else leaves it pending, so a crash or a transient fault never loses the job.
/// </summary>
public sealed partial class OcrJobProcessor(
    IServiceScopeFactory scopeFactory,
    IInvoiceOcrPipeline pipeline,
    IJobStreamAcknowledger streams,
    OcrMetrics metrics,
    IJobNotifier notifier,
    IOptions<ConsumerOptions> options,
    TimeProvider timeProvider,
    ILogger<OcrJobProcessor> logger) : IJobEntryProcessor
{
    public async Task ProcessAsync(string stream, StreamEntry entry, CancellationToken stoppingToken)
    {
        if (OcrJobStreamEntry.TryParse(entry) is not { } message)
        {
            LogMalformedEntry(logger, stream, entry.Id.ToString());
            await streams.AcknowledgeAsync(stream, entry.Id);
            return;
        }

        // Continues the upload's trace from the context carried in the entry.
        using var activity = OcrTelemetry.ActivitySource.StartActivity("ocr.job", ActivityKind.Consumer, message.TraceParent);
        activity?.SetTag("ocr.job_id", message.JobId);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["JobId"] = message.JobId });
        await using var services = scopeFactory.CreateAsyncScope();
        var store = services.ServiceProvider.GetRequiredService<IJobStateStore>();
        var run = new JobRun(
            store,
            services.ServiceProvider.GetRequiredService<IUploadFileStore>(),
            services.ServiceProvider.GetRequiredService<ITemplateChoiceSource>(),
            services.ServiceProvider.GetRequiredService<IRecognizedPageStore>(),
            stream,
            entry.Id);

        if (!await store.TryClaimAsync(message.JobId, options.Value.LeaseDuration, activity?.TraceId.ToHexString(), stoppingToken))
        {
            await SkipUnclaimableAsync(run, message.JobId, stoppingToken);
            return;
        }

        var job = await store.FindAsync(message.JobId, stoppingToken);
        if (job is null)
        {
            return; // Deleted between claim and read: the entry is dropped when it is next looked at.
        }

        activity?.SetTag("ocr.priority", JobPriorityNames.Name(job.Priority));
        activity?.SetTag("ocr.attempt", job.Attempts);
        activity?.SetTag("ocr.content_type", job.ContentType);
        activity?.SetTag("ocr.language", job.Language ?? "default");
        activity?.SetTag("ocr.template_id", job.TemplateId);
        metrics.PickedUp(job.Priority, timeProvider.GetUtcNow() - job.CreatedAt);
        if (job.Attempts > options.Value.MaxAttempts)
        {
            // Delivered again and again (its workers keep dying): a poison document.
            await GiveUpAsync(run, job, job.LastError ?? "the worker processing it stopped repeatedly");
            return;
        }

        await using (JobLeaseKeeper.Start(scopeFactory, job.Id, options.Value.LeaseDuration, timeProvider, logger))
        {
            await RunWithRetriesAsync(run, job, stoppingToken);
        }
    }

    private async Task RunWithRetriesAsync(JobRun run, OcrJob job, CancellationToken stoppingToken)
    {
        var started = timeProvider.GetTimestamp();
        LogJobStarted(logger, job.Id, job.Attempts, (timeProvider.GetUtcNow() - job.CreatedAt).TotalMilliseconds);
        Exception? lastRunFault = null;
        try
        {
            await RetryPipeline(run, job, stoppingToken).ExecuteAsync(
                async ct =>
                {
                    try
                    {
                        await RunOnceAsync(run, job, started, ct);
                    }
                    catch (Exception ex)
                    {
                        lastRunFault = ex;
                        throw;
                    }
                },
                stoppingToken);
        }
        catch (UnreadableDocumentException ex)
        {
            // The document itself is bad: retrying cannot help.
            await run.Store.FailAsync(job.Id, ex.Message, CancellationToken.None);
            await streams.AcknowledgeAsync(run.Stream, run.EntryId);
            metrics.Failed(job.Priority, "unreadable");
            notifier.Failed(job, ex.Message);
            LogJobFailed(logger, job.Id, ex.Message);
        }
        catch (JobCancelledException)
        {
            await run.Store.MarkCancelledAsync(job.Id, CancellationToken.None);
            await streams.AcknowledgeAsync(run.Stream, run.EntryId);
            metrics.Cancelled(job.Priority);
            notifier.Cancelled(job);
            LogJobCancelled(logger, job.Id);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped during a run or during a retry's wait.
            await HandBackAsync(run, job);
        }
        catch (Exception ex) when (ReferenceEquals(ex, lastRunFault))
        {
            // The last attempt failed too (the retries are used up). A fault recording a retry is not the job's: it
            // leaves the entry pending, to be reclaimed, rather than failing the job for good.
            await GiveUpAsync(run, job, ex.Message);
        }
    }

    /// <summary>
    /// Retries a transient fault until the job has had <see cref="ConsumerOptions.MaxAttempts"/> attempts in all (its
    /// earlier deliveries count), each retry recorded in Postgres before its wait. A bad document, a cancel request or
    /// the worker stopping are not retried.
    /// </summary>
    private ResiliencePipeline RetryPipeline(JobRun run, OcrJob job, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var retries = settings.MaxAttempts - job.Attempts;
        if (retries < 1)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && IsTransient(ex, stoppingToken)),
                // AttemptNumber counts this delivery's failed runs from 0; the job's attempts include earlier deliveries.
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryDelay(job.Attempts + args.AttemptNumber)),
                OnRetry = async args =>
                {
                    var error = args.Outcome.Exception!;
                    LogJobRetrying(logger, error, job.Id, job.Attempts + args.AttemptNumber, args.RetryDelay.TotalMilliseconds);
                    await run.Store.RecordRetryAsync(job.Id, error.Message, args.RetryDelay, settings.LeaseDuration, CancellationToken.None);
                    metrics.Retried(job.Priority);
                },
            })
            .Build();
    }

    private static bool IsTransient(Exception exception, CancellationToken stoppingToken) =>
        exception is not (UnreadableDocumentException or JobCancelledException)
        && !(exception is OperationCanceledException && stoppingToken.IsCancellationRequested);

    /// <summary>Graceful shutdown: hands the job back at once rather than waiting for the reclaim timeout.</summary>
    private async Task HandBackAsync(JobRun run, OcrJob job)
    {
        await run.Store.ReleaseAsync(job.Id, "Worker stopped; waiting for another worker", CancellationToken.None);
        await streams.RequeueAsync(run.Stream, run.EntryId, job.Id, job.Priority, timeProvider.GetUtcNow());
        LogJobRequeued(logger, job.Id);
    }

    private async Task RunOnceAsync(JobRun run, OcrJob job, long started, CancellationToken stoppingToken)
    {
        var lease = options.Value.LeaseDuration;
        byte[] content;
        using (OcrTelemetry.ActivitySource.StartActivity("ocr.load"))
        {
            content = await run.Files.ReadAsync(job.Id, stoppingToken)
                ?? throw new UnreadableDocumentException("The uploaded file is missing from the file store.");
        }

        // Page boundaries are where progress is recorded, the lease renewed and a cancel request noticed.
        async Task OnPageDone(int page, int pages, CancellationToken ct)
        {
            var (progress, message) = (10 + (80 * page / pages), $"Recognised page {page} of {pages}");
            if (!await run.Store.TryReportProgressAsync(job.Id, progress, message, lease, ct))
            {
                throw new JobCancelledException();
            }

            notifier.Progress(job, progress, message);
        }

        if (!await run.Store.TryReportProgressAsync(job.Id, 10, "Recognising text", lease, stoppingToken))
        {
            throw new JobCancelledException();
        }

        notifier.Progress(job, 10, JobLifecycle.PickedUp);
        var templates = await run.Templates.ChoiceForAsync(job, stoppingToken);
        InvoiceOcrResult result;
        using (var recognize = OcrTelemetry.ActivitySource.StartActivity("ocr.recognize"))
        {
            result = await pipeline.RunAsync(content, job.ConfidenceThreshold, job.Language, templates, OnPageDone, stoppingToken);
            recognize?.SetTag("ocr.pages", result.PageCount);
            recognize?.SetTag("ocr.confidence", result.Confidence);
            recognize?.SetTag("ocr.template", result.Invoice.Template?.Name);
        }

        notifier.Progress(job, 95, "Fields extracted");
        var elapsed = timeProvider.GetElapsedTime(started);
        using (OcrTelemetry.ActivitySource.StartActivity("ocr.save"))
        {
            // The words first: once the job shows completed, a correction can be learned from them.
            await run.Training.SavePagesAsync(job.Id, result.Pages, stoppingToken);
            await run.Store.CompleteAsync(job.Id, result, elapsed, stoppingToken);
            await AcknowledgeFinishedAsync(run, job.Id);
        }

        notifier.Completed(job, result);
        metrics.Completed(job.Priority, elapsed);
        LogJobCompleted(logger, job.Id, result.PageCount, elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// The job is done in Postgres: a failed acknowledgement (Redis stalled or away) must not count as a failed run,
    /// which would retry a completed job. The entry stays pending; when it is reclaimed, the claim in Postgres fails and
    /// it is acknowledged as a repeated delivery.
    /// </summary>
    private async Task AcknowledgeFinishedAsync(JobRun run, Guid jobId)
    {
        try
        {
            await streams.AcknowledgeAsync(run.Stream, run.EntryId);
        }
        catch (Exception ex)
        {
            LogAcknowledgeDeferred(logger, jobId, ex.Message);
        }
    }

    /// <summary>Exponential backoff with ±20 % jitter so that retries of many jobs do not arrive together.</summary>
    private TimeSpan RetryDelay(int attempt) =>
        options.Value.RetryBaseDelay * Math.Pow(2, attempt - 1) * (0.8 + (0.4 * Random.Shared.NextDouble()));

    private async Task GiveUpAsync(JobRun run, OcrJob job, string lastError)
    {
        var reason = $"Failed after {options.Value.MaxAttempts} attempts: {lastError}";
        await run.Store.FailAsync(job.Id, reason, CancellationToken.None);
        await streams.DeadLetterAsync(run.Stream, run.EntryId, job.Id, options.Value.MaxAttempts, reason);
        metrics.Failed(job.Priority, "gave_up");
        notifier.Failed(job, reason);
        LogJobFailed(logger, job.Id, reason);
    }

    private async Task SkipUnclaimableAsync(JobRun run, Guid jobId, CancellationToken cancellationToken)
    {
        var job = await run.Store.FindAsync(jobId, cancellationToken);
        // Still running under another worker's lease: leave the entry pending so it is looked at again later.
        if (job is { Status: OcrJobStatus.Processing })
        {
            LogJobBusyElsewhere(logger, jobId);
            return;
        }

        LogDuplicateSkipped(logger, jobId, job?.Status.ToString() ?? "missing");
        await streams.AcknowledgeAsync(run.Stream, run.EntryId);
    }

    private sealed record JobRun(IJobStateStore Store, IUploadFileStore Files, ITemplateChoiceSource Templates, IRecognizedPageStore Training, string Stream, RedisValue EntryId);

    [LoggerMessage(LogLevel.Information, "Job {JobId} started (attempt {Attempt}, waited {QueueWaitMs:F0} ms)")]
    private static partial void LogJobStarted(ILogger logger, Guid jobId, int attempt, double queueWaitMs);

    [LoggerMessage(LogLevel.Information, "Job {JobId} completed: {Pages} page(s) in {ElapsedMs:F0} ms")]
    private static partial void LogJobCompleted(ILogger logger, Guid jobId, int pages, double elapsedMs);

    [LoggerMessage(LogLevel.Warning, "Job {JobId} failed: {Reason}")]
    private static partial void LogJobFailed(ILogger logger, Guid jobId, string reason);

    [LoggerMessage(LogLevel.Warning, "Job {JobId} failed on attempt {Attempt}; retrying in {DelayMs:F0} ms")]
    private static partial void LogJobRetrying(ILogger logger, Exception exception, Guid jobId, int attempt, double delayMs);

    [LoggerMessage(LogLevel.Information, "Job {JobId} cancelled")]
    private static partial void LogJobCancelled(ILogger logger, Guid jobId);

    [LoggerMessage(LogLevel.Information, "Job {JobId} handed back to the queue on shutdown")]
    private static partial void LogJobRequeued(ILogger logger, Guid jobId);

    [LoggerMessage(LogLevel.Debug, "Job {JobId} is being processed by another worker")]
    private static partial void LogJobBusyElsewhere(ILogger logger, Guid jobId);

    [LoggerMessage(LogLevel.Information, "Skipped a repeated delivery of job {JobId} ({Status})")]
    private static partial void LogDuplicateSkipped(ILogger logger, Guid jobId, string status);

    [LoggerMessage(LogLevel.Warning, "Job {JobId} is finished but its entry could not be acknowledged ({Reason}); it is acknowledged when reclaimed")]
    private static partial void LogAcknowledgeDeferred(ILogger logger, Guid jobId, string reason);

    [LoggerMessage(LogLevel.Warning, "Dropped malformed entry {EntryId} from {Stream}")]
    private static partial void LogMalformedEntry(ILogger logger, string stream, string entryId);
}

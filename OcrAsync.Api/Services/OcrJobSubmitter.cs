using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcrAsync.Api.Fallback;
using OcrAsync.Api.Uploads;
using OcrAsync.Core.Data;
using OcrAsync.Core.Jobs;
using OcrAsync.Core.Messaging;
using OcrAsync.Core.Telemetry;
using OcrAsync.Core.Notifications;
using StackExchange.Redis;

namespace OcrAsync.Api.Services;

/// <summary>
/// Stores the file and the job in one transaction, then publishes the stream entry. If the API dies or Redis
/// fails in between, the job stays undispatched and <see cref="OutboxRelay"/> publishes it later: nothing is lost.
/// </summary>
public sealed partial class OcrJobSubmitter(
    OcrDbContext db,
    DuplicateUploads duplicates,
    OcrJobPublisher publisher,
    IJobNotifier notifier,
    OcrMetrics metrics,
    WorkerPresence workers,
    TimeProvider timeProvider,
    ILogger<OcrJobSubmitter> logger,
    InlineJobProcessor? inlineProcessor = null)
{
    /// <summary>Submits a job; with an idempotency key seen before, returns the original job instead (Replayed).</summary>
    public async Task<SubmitOutcome> SubmitAsync(OcrSubmission submission, CancellationToken cancellationToken)
    {
        if (submission.IdempotencyKey is { } key && await FindByKeyAsync(submission.UserId, key, cancellationToken) is { } existing)
        {
            return new SubmitOutcome(existing, Replayed: true);
        }

        var job = NewJob(submission);
        if (submission.Settings.Reuse
            && await duplicates.FindFinishedAsync(job.UserId, job.ContentHash!, submission.Settings, cancellationToken) is { } finished)
        {
            DuplicateUploads.CopyResult(job, finished, job.CreatedAt);
        }

        db.Jobs.Add(job);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
                                           && submission.IdempotencyKey is { } racedKey)
        {
            // A concurrent request with the same key won the insert.
            db.ChangeTracker.Clear();
            var winner = await FindByKeyAsync(submission.UserId, racedKey, cancellationToken)
                ?? throw new InvalidOperationException("Idempotency key conflict without a stored job.", ex);
            return new SubmitOutcome(winner, Replayed: true);
        }

        metrics.Submitted(job.Priority);
        if (job.ReusedFromId is not null)
        {
            return new SubmitOutcome(job);
        }

        // Before the stream entry, so the owner hears 'queued' before any worker's progress.
        notifier.Queued(job);
        // The original design's fallback: with no worker alive, the API runs the job itself.
        if (inlineProcessor is not null && !await workers.AnyWorkerAliveAsync()
            && await inlineProcessor.TryProcessAsync(job, submission.Content, cancellationToken))
        {
            job.DispatchedAt = timeProvider.GetUtcNow(); // Done: nothing for the outbox relay to publish.
            await db.SaveChangesAsync(CancellationToken.None);
            return new SubmitOutcome(job, ProcessedInline: true);
        }

        await DispatchAsync(job);
        return new SubmitOutcome(job);
    }

    private OcrJob NewJob(OcrSubmission submission) => new()
    {
        Id = Guid.NewGuid(),
        TaskId = Guid.NewGuid(),
        UserId = submission.UserId,
        FileName = submission.FileName,
        ContentType = submission.DocumentType.ContentType,
        FileSize = submission.Content.Length,
        Priority = submission.Settings.Priority,
        ConfidenceThreshold = submission.Settings.ConfidenceThreshold,
        Language = submission.Settings.Language,
        TemplateId = submission.Settings.TemplateId?.ToString(),
        BatchId = submission.BatchId,
        IdempotencyKey = submission.IdempotencyKey,
        ContentHash = DuplicateUploads.HashOf(submission.Content),
        Status = OcrJobStatus.Queued,
        StatusMessage = "Waiting for a worker",
        CreatedAt = timeProvider.GetUtcNow(),
        TraceId = Activity.Current?.TraceId.ToHexString(),
        File = new OcrJobFile { Content = submission.Content },
    };

    private Task<OcrJob?> FindByKeyAsync(string userId, string key, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.UserId == userId && j.IdempotencyKey == key, cancellationToken);

    /// <summary>The job is committed: dispatch it even if the client has gone away meanwhile.</summary>
    private async Task DispatchAsync(OcrJob job)
    {
        try
        {
            await publisher.PublishAsync(job.Id, job.Priority, CancellationToken.None);
            job.DispatchedAt = timeProvider.GetUtcNow();
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // RedisTimeoutException is a TimeoutException, not a RedisException.
            LogDispatchDeferred(logger, job.Id, ex.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Job {JobId} is stored but could not be published ({Reason}); the outbox relay will retry")]
    private static partial void LogDispatchDeferred(ILogger logger, Guid jobId, string reason);
}

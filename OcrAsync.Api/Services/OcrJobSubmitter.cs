using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
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
    OcrDbContext db, OcrJobPublisher publisher, IJobNotifier notifier, OcrMetrics metrics, TimeProvider timeProvider, ILogger<OcrJobSubmitter> logger)
{
    /// <summary>Submits a job; with an idempotency key seen before, returns the original job instead (Replayed).</summary>
    public async Task<(OcrJob Job, bool Replayed)> SubmitAsync(OcrSubmission submission, CancellationToken cancellationToken)
    {
        if (submission.IdempotencyKey is { } key && await FindByKeyAsync(submission.UserId, key, cancellationToken) is { } existing)
        {
            return (existing, true);
        }

        var job = NewJob(submission);
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
            return (winner, true);
        }

        metrics.Submitted(job.Priority);
        // Before the stream entry, so the owner hears 'queued' before any worker's progress.
        notifier.Queued(job);
        await DispatchAsync(job);
        return (job, false);
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
        BatchId = submission.BatchId,
        IdempotencyKey = submission.IdempotencyKey,
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

using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using OcrAsync.Api.Fallback;
using OcrAsync.Api.Resilience;
using OcrAsync.Api.Uploads;
using OcrAsync.Core.Data;
using OcrAsync.Core.Jobs;
using OcrAsync.Core.Jobs.Files;
using OcrAsync.Core.Messaging;
using OcrAsync.Core.Telemetry;
using OcrAsync.Core.Notifications;

namespace OcrAsync.Api.Services;

/// <summary>
/// Stores the file and the job together (<see cref="IUploadFileStore.SaveWithJobAsync"/>: never a job without its
/// file), then publishes the stream entry. If the API dies or Redis
/// fails or stalls in between, the job stays undispatched and <see cref="OutboxRelay"/> publishes it later: nothing is
/// lost, and the client hears 202 without waiting on Redis for more than <see cref="AcceptOptions.PublishTimeout"/>.
/// A database that does not answer within <see cref="AcceptOptions.DatabaseTimeout"/> ends the submit with
/// <see cref="DatabaseUnavailableException"/> (503) before anything is committed.
/// </summary>
public sealed partial class OcrJobSubmitter(
    OcrDbContext db,
    DuplicateUploads duplicates,
    IUploadFileStore files,
    OcrJobPublisher publisher,
    IJobNotifier notifier,
    OcrMetrics metrics,
    WorkerPresence workers,
    DatabaseDeadline deadline,
    PublishStall stall,
    IServiceScopeFactory scopes,
    IOptions<AcceptOptions> options,
    OutboxWakeUp outboxWakeUp,
    TimeProvider timeProvider,
    ILogger<OcrJobSubmitter> logger,
    InlineJobProcessor? inlineProcessor = null)
{
    /// <summary>Submits a job; with an idempotency key seen before, returns the original job instead (Replayed).</summary>
    public async Task<SubmitOutcome> SubmitAsync(OcrSubmission submission, CancellationToken cancellationToken)
    {
        if (submission.IdempotencyKey is { } key
            && await deadline.RunAsync(ct => FindByKeyAsync(submission.UserId, key, ct), cancellationToken) is { } existing)
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
            Task CommitAsync(CancellationToken ct) => deadline.RunAsync(c => db.SaveChangesAsync(c), ct);
            // A reused result needs no file: it is not stored a second time.
            await (job.ReusedFromId is null
                ? files.SaveWithJobAsync(job, submission.Content, CommitAsync, cancellationToken)
                : CommitAsync(cancellationToken));
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
                                           && submission.IdempotencyKey is { } racedKey)
        {
            // A concurrent request with the same key won the insert.
            db.ChangeTracker.Clear();
            var winner = await deadline.RunAsync(ct => FindByKeyAsync(submission.UserId, racedKey, ct), cancellationToken)
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
        if (inlineProcessor is not null && !workers.AnyWorkerAlive()
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
        StatusMessage = JobLifecycle.WaitingForWorker,
        CreatedAt = timeProvider.GetUtcNow(),
        TraceId = Activity.Current?.TraceId.ToHexString(),
    };

    private Task<OcrJob?> FindByKeyAsync(string userId, string key, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.UserId == userId && j.IdempotencyKey == key, cancellationToken);

    /// <summary>
    /// The job is committed: dispatch it even if the client has gone away meanwhile, but never make the client wait on
    /// a stalled Redis: at most <see cref="AcceptOptions.PublishTimeout"/>, and not at all while <see cref="PublishStall"/>
    /// says Redis has not answered since a publish timed out. A publish that times out may still reach the stream later;
    /// the relay then publishes the job a second time, which is harmless: a worker runs a job only after claiming it in
    /// Postgres.
    /// </summary>
    private async Task DispatchAsync(OcrJob job)
    {
        var publish = publisher.PublishAsync(job.Id, job.Priority, CancellationToken.None);
        if (stall.IsStalled)
        {
            stall.Unanswered(publish);
            _ = RecordDispatchWhenPublishedAsync(job.Id, publish);
            LogDispatchDeferred(logger, job.Id, "Redis has not answered since an earlier publish timed out");
            return;
        }

        try
        {
            await publish.WaitAsync(options.Value.PublishTimeout, timeProvider);
            stall.Answered();
            job.DispatchedAt = timeProvider.GetUtcNow();
            await deadline.RunAsync(ct => db.SaveChangesAsync(ct), CancellationToken.None);
        }
        catch (Exception ex)
        {
            if (ex is TimeoutException)
            {
                stall.Unanswered(publish);
                _ = RecordDispatchWhenPublishedAsync(job.Id, publish);
            }

            // Whatever went wrong (RedisTimeoutException is no RedisException; a reconnect cancels), the job is stored.
            LogDispatchDeferred(logger, job.Id, ex is TimeoutException ? "timed out" : ex.Message);
            outboxWakeUp.Signal.Set();
        }
    }

    /// <summary>
    /// A publish answered after the client was: the dispatch is recorded then, so that the outbox relay does not publish
    /// the job a second time (a second entry is harmless, but a worker slower than its lease could claim the job twice).
    /// </summary>
    private async Task RecordDispatchWhenPublishedAsync(Guid jobId, Task publish)
    {
        await publish.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!publish.IsCompletedSuccessfully)
        {
            return; // Left to the outbox relay.
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var jobs = scope.ServiceProvider.GetRequiredService<OcrDbContext>().Jobs;
            var now = timeProvider.GetUtcNow();
            await jobs.Where(j => j.Id == jobId && j.DispatchedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.DispatchedAt, now), CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogDispatchNotRecorded(logger, jobId, ex.Message);
        }
    }

    [LoggerMessage(LogLevel.Information, "Job {JobId} reached the stream late and its dispatch could not be recorded ({Reason}); the outbox relay will publish it again")]
    private static partial void LogDispatchNotRecorded(ILogger logger, Guid jobId, string reason);

    [LoggerMessage(LogLevel.Warning, "Job {JobId} is stored but could not be published ({Reason}); the outbox relay will retry")]
    private static partial void LogDispatchDeferred(ILogger logger, Guid jobId, string reason);
}

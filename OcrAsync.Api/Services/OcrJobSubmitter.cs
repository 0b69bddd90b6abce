using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcrAsync.Api.Fallback;

namespace OcrAsync.Api.Services;

/// <summary>
/// Stores the file and the job together (<see cref="IUploadFileStore.SaveWithJobAsync"/>: never a job without its
/// file), then sends the stream entry. If the API dies or Redis
/// fails or stalls in between, the job stays undispatched and <see cref="OutboxRelay"/> publishes it later: nothing is
/// lost, and the client hears 202 without waiting on Redis at all.
/// A database that does not answer within <see cref="AcceptOptions.DatabaseTimeout"/> ends the submit with
/// <see cref="DatabaseUnavailableException"/> (503) before anything is committed.
/// </summary>
public sealed class OcrJobSubmitter(
    OcrDbContext db,
    DuplicateUploads duplicates,
    IUploadFileStore files,
    OcrJobPublisher publisher,
    IJobNotifier notifier,
    OcrMetrics metrics,
    WorkerPresence workers,
    DatabaseDeadline deadline,
    PublishFollowUp followUp,
    DispatchRecorder dispatches,
    TimeProvider timeProvider,
    InlineJobProcessor? inlineProcessor = null)
{
    /// <summary>
    /// Submits a job; with an idempotency key seen before, returns the original job instead (Replayed).
    /// <paramref name="fileStored"/> is called once the file is stored and the job's commit starts (a request's
    /// <c>Server-Timing</c> tells the two apart: the tail of a durable accept is either the file's or the row's sync).
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(OcrSubmission submission, CancellationToken cancellationToken, Action? fileStored = null)
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
                ? files.SaveWithJobAsync(job, submission.Content, ct =>
                {
                    fileStored?.Invoke();
                    return CommitAsync(ct);
                }, cancellationToken)
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

        Dispatch(job);
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
    /// The job is committed: its stream entry is sent even if the client has gone away meanwhile, and the client is
    /// answered without waiting for it (<see cref="PublishFollowUp"/> records the dispatch once Redis answers, in
    /// batches off the request through <see cref="DispatchRecorder"/> so an upload commits once, or leaves the job to
    /// the outbox relay).
    /// </summary>
    private void Dispatch(OcrJob job)
    {
        var publish = publisher.PublishAsync(job.Id, job.Priority, CancellationToken.None);
        _ = followUp.FollowAsync(job.Id, publish, dispatches.Published);
    }
}

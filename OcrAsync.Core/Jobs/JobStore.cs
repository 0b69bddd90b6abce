using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Core.Jobs;

/// <summary>
/// Job state changes, each a single conditional UPDATE so that two deliveries of one job can never both run it
/// and a finished job is never overwritten.
/// </summary>
public sealed class JobStore(OcrDbContext db, TimeProvider timeProvider) : IJobStateStore
{
    /// <summary>Takes the job if it is queued, or processing under a lease that has run out (its worker died).</summary>
    public async Task<bool> TryClaimAsync(Guid jobId, TimeSpan lease, string? traceId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var updated = await db.Jobs
            .Where(j => j.Id == jobId
                && (j.Status == OcrJobStatus.Queued || (j.Status == OcrJobStatus.Processing && j.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, OcrJobStatus.Processing)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.StartedAt, now)
                .SetProperty(j => j.LeaseExpiresAt, now + lease)
                .SetProperty(j => j.Progress, 10)
                .SetProperty(j => j.StatusMessage, JobLifecycle.PickedUp)
                .SetProperty(j => j.TraceId, j => traceId ?? j.TraceId),
                cancellationToken);
        return updated == 1;
    }

    public Task<OcrJob?> FindAsync(Guid jobId, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);

    /// <summary>Records progress and renews the lease; false when the job was cancelled (or taken away) meanwhile.</summary>
    public async Task<bool> TryReportProgressAsync(Guid jobId, int progress, string message, TimeSpan lease, CancellationToken cancellationToken)
    {
        var leaseExpiresAt = timeProvider.GetUtcNow() + lease;
        var updated = await WhileProcessing(jobId)
            .Where(j => j.CancelRequestedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Progress, progress)
                .SetProperty(j => j.StatusMessage, message)
                .SetProperty(j => j.LeaseExpiresAt, leaseExpiresAt),
                cancellationToken);
        return updated == 1;
    }

    public async Task<bool> TryRenewLeaseAsync(Guid jobId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var leaseExpiresAt = timeProvider.GetUtcNow() + lease;
        var updated = await WhileProcessing(jobId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, leaseExpiresAt), cancellationToken);
        return updated == 1;
    }

    /// <summary>Counts a failed attempt that will be retried after <paramref name="delay"/>.</summary>
    public Task RecordRetryAsync(Guid jobId, string error, TimeSpan delay, TimeSpan lease, CancellationToken cancellationToken)
    {
        var leaseExpiresAt = timeProvider.GetUtcNow() + delay + lease;
        var message = JobLifecycle.Retrying(delay);
        return WhileProcessing(jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Attempts, j => j.Attempts + 1)
            .SetProperty(j => j.LastError, JobLifecycle.ErrorText(error))
            .SetProperty(j => j.StatusMessage, message)
            .SetProperty(j => j.LeaseExpiresAt, leaseExpiresAt),
            cancellationToken);
    }

    public Task MarkCancelledAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return WhileProcessing(jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, OcrJobStatus.Cancelled)
            .SetProperty(j => j.StatusMessage, JobLifecycle.CancelledByUser)
            .SetProperty(j => j.CompletedAt, now)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken);
    }

    public Task CompleteAsync(Guid jobId, InvoiceOcrResult result, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var data = JsonSerializer.Serialize(result.Invoice, OcrJsonOptions.Default);
        var now = timeProvider.GetUtcNow();
        return WhileProcessing(jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, OcrJobStatus.Completed)
            .SetProperty(j => j.Progress, 100)
            .SetProperty(j => j.StatusMessage, JobLifecycle.Completed(result.PageCount))
            .SetProperty(j => j.CompletedAt, now)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.ExtractedText, result.Text)
            .SetProperty(j => j.ConfidenceScore, result.Confidence)
            .SetProperty(j => j.ProcessingTimeSeconds, Math.Round(elapsed.TotalSeconds, 3))
            .SetProperty(j => j.ExtractedDataJson, data)
            .SetProperty(j => j.ErrorMessage, (string?)null),
            cancellationToken);
    }

    public Task FailAsync(Guid jobId, string errorMessage, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return db.Jobs
            .Where(j => j.Id == jobId && (j.Status == OcrJobStatus.Queued || j.Status == OcrJobStatus.Processing))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, OcrJobStatus.Failed)
                .SetProperty(j => j.StatusMessage, JobLifecycle.FailedMessage)
                .SetProperty(j => j.CompletedAt, now)
                .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(j => j.ErrorMessage, JobLifecycle.ErrorText(errorMessage)),
                cancellationToken);
    }

    /// <summary>Puts a job this worker could not finish back in the queued state (cancelled if that was asked meanwhile).</summary>
    public Task ReleaseAsync(Guid jobId, string reason, CancellationToken cancellationToken) =>
        WhileProcessing(jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, j => j.CancelRequestedAt != null ? OcrJobStatus.Cancelled : OcrJobStatus.Queued)
            .SetProperty(j => j.Progress, 0)
            .SetProperty(j => j.StatusMessage, reason)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken);

    /// <summary>
    /// Queues again the jobs processing under a lease that ran out before <paramref name="expiredBefore"/> (their worker
    /// died and their stream entry is gone too); cancelled instead if that was asked meanwhile. Clearing the dispatch
    /// time hands them to the outbox relay, which publishes them; a worker fails them for good after too many attempts.
    /// </summary>
    public Task<int> RequeueAbandonedAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return db.Jobs
            .Where(j => j.Status == OcrJobStatus.Processing && j.LeaseExpiresAt < expiredBefore)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, j => j.CancelRequestedAt != null ? OcrJobStatus.Cancelled : OcrJobStatus.Queued)
                .SetProperty(j => j.Progress, 0)
                .SetProperty(j => j.StatusMessage, "Queued again: its worker stopped without finishing")
                .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(j => j.CompletedAt, j => j.CancelRequestedAt != null ? now : (DateTimeOffset?)null)
                .SetProperty(j => j.DispatchedAt, (DateTimeOffset?)null),
                cancellationToken);
    }


    private IQueryable<OcrJob> WhileProcessing(Guid jobId) =>
        db.Jobs.Where(j => j.Id == jobId && j.Status == OcrJobStatus.Processing);
}

namespace OcrAsync.Core.Jobs;

/// <summary>
/// The state changes a worker makes to a job (<see cref="JobStore"/> in Postgres): the seam that lets the job
/// processor be tested without a database.
/// </summary>
public interface IJobStateStore
{
    Task<bool> TryClaimAsync(Guid jobId, TimeSpan lease, string? traceId, CancellationToken cancellationToken);

    Task<OcrJob?> FindAsync(Guid jobId, CancellationToken cancellationToken);

    Task<bool> TryReportProgressAsync(Guid jobId, int progress, string message, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Moves the lease of a job still processing on; false once it is not (finished, released).</summary>
    Task<bool> TryRenewLeaseAsync(Guid jobId, TimeSpan lease, CancellationToken cancellationToken);

    Task RecordRetryAsync(Guid jobId, string error, TimeSpan delay, TimeSpan lease, CancellationToken cancellationToken);

    Task MarkCancelledAsync(Guid jobId, CancellationToken cancellationToken);

    Task CompleteAsync(Guid jobId, InvoiceOcrResult result, TimeSpan elapsed, CancellationToken cancellationToken);

    Task FailAsync(Guid jobId, string errorMessage, CancellationToken cancellationToken);

    Task ReleaseAsync(Guid jobId, string reason, CancellationToken cancellationToken);
}

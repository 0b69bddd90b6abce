namespace OcrAsync.Tests.Worker.Fakes;

/// <summary>Jobs in memory with the state rules of JobStore (claim only a queued job, changes only while processing).</summary>
public sealed class InMemoryJobStateStore : IJobStateStore
{
    private readonly Dictionary<Guid, OcrJob> _jobs = [];
    private readonly List<(string Error, TimeSpan Delay)> _retries = [];
    private int _leaseRenewals;

    public IReadOnlyList<(string Error, TimeSpan Delay)> Retries { get { lock (_jobs) { return [.. _retries]; } } }

    public int LeaseRenewals => Volatile.Read(ref _leaseRenewals);

    public void Add(OcrJob job)
    {
        lock (_jobs) { _jobs[job.Id] = job; }
    }

    public OcrJob Get(Guid jobId)
    {
        lock (_jobs) { return Snapshot(_jobs[jobId]); }
    }

    public void RequestCancel(Guid jobId)
    {
        lock (_jobs) { _jobs[jobId].CancelRequestedAt = DateTimeOffset.UnixEpoch; }
    }

    public Task<bool> TryClaimAsync(Guid jobId, TimeSpan lease, string? traceId, CancellationToken cancellationToken) =>
        Task.FromResult(Update(jobId, j => j.Status == OcrJobStatus.Queued, j =>
        {
            j.Status = OcrJobStatus.Processing;
            j.Attempts++;
        }));

    public Task<OcrJob?> FindAsync(Guid jobId, CancellationToken cancellationToken)
    {
        lock (_jobs) { return Task.FromResult(_jobs.TryGetValue(jobId, out var job) ? Snapshot(job) : null); }
    }

    public Task<bool> TryReportProgressAsync(Guid jobId, int progress, string message, TimeSpan lease, CancellationToken cancellationToken) =>
        Task.FromResult(Update(jobId, j => j.Status == OcrJobStatus.Processing && j.CancelRequestedAt is null, j => j.Progress = progress));

    public Task<bool> TryRenewLeaseAsync(Guid jobId, TimeSpan lease, CancellationToken cancellationToken) =>
        Task.FromResult(Update(jobId, Processing, _ => Interlocked.Increment(ref _leaseRenewals)));

    public Task RecordRetryAsync(Guid jobId, string error, TimeSpan delay, TimeSpan lease, CancellationToken cancellationToken)
    {
        Update(jobId, Processing, j =>
        {
            j.Attempts++;
            j.LastError = error;
            _retries.Add((error, delay));
        });
        return Task.CompletedTask;
    }

    public Task MarkCancelledAsync(Guid jobId, CancellationToken cancellationToken) =>
        Change(jobId, j => j.Status = OcrJobStatus.Cancelled);

    public Task CompleteAsync(Guid jobId, InvoiceOcrResult result, TimeSpan elapsed, CancellationToken cancellationToken) =>
        Change(jobId, j =>
        {
            j.Status = OcrJobStatus.Completed;
            j.ExtractedText = result.Text;
        });

    public Task FailAsync(Guid jobId, string errorMessage, CancellationToken cancellationToken) =>
        Change(jobId, j =>
        {
            j.Status = OcrJobStatus.Failed;
            j.ErrorMessage = errorMessage;
        });

    public Task ReleaseAsync(Guid jobId, string reason, CancellationToken cancellationToken) =>
        Change(jobId, j =>
        {
            j.Status = OcrJobStatus.Queued;
            j.StatusMessage = reason;
        });

    private static bool Processing(OcrJob job) => job.Status == OcrJobStatus.Processing;

    private Task Change(Guid jobId, Action<OcrJob> change)
    {
        Update(jobId, Processing, change);
        return Task.CompletedTask;
    }

    private bool Update(Guid jobId, Func<OcrJob, bool> when, Action<OcrJob> change)
    {
        lock (_jobs)
        {
            if (!_jobs.TryGetValue(jobId, out var job) || !when(job))
            {
                return false;
            }

            change(job);
            return true;
        }
    }

    // Like a row read from Postgres: later changes to the store do not show in a job already read.
    private static OcrJob Snapshot(OcrJob job) => new()
    {
        Id = job.Id,
        UserId = job.UserId,
        FileName = job.FileName,
        ContentType = job.ContentType,
        Priority = job.Priority,
        ConfidenceThreshold = job.ConfidenceThreshold,
        Status = job.Status,
        Progress = job.Progress,
        StatusMessage = job.StatusMessage,
        Attempts = job.Attempts,
        LastError = job.LastError,
        ErrorMessage = job.ErrorMessage,
        ExtractedText = job.ExtractedText,
        CancelRequestedAt = job.CancelRequestedAt,
        CreatedAt = job.CreatedAt,
    };
}

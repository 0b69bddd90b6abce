namespace OcrAsync.Tests.Api.Fakes;

/// <summary>Jobs in memory, chosen by the production rule (<see cref="OutboxStore.Pending"/>) in the same order.</summary>
public sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly List<OcrJob> _jobs = [];
    private int _lookups;

    /// <summary>How many times the relay asked for pending jobs.</summary>
    public int Lookups => Volatile.Read(ref _lookups);

    public void Add(OcrJob job)
    {
        lock (_jobs) { _jobs.Add(job); }
    }

    public DateTimeOffset? DispatchedAt(Guid jobId)
    {
        lock (_jobs) { return _jobs.Single(j => j.Id == jobId).DispatchedAt; }
    }

    public Task<IReadOnlyList<OcrJob>> FindPendingAsync(
        DateTimeOffset undispatchedBefore, DateTimeOffset redispatchBefore, int max, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        var pending = OutboxStore.Pending(undispatchedBefore, redispatchBefore).Compile();
        lock (_jobs)
        {
            return Task.FromResult<IReadOnlyList<OcrJob>>([.. _jobs.Where(pending).OrderBy(j => j.CreatedAt).Take(max)]);
        }
    }

    public Task MarkDispatchedAsync(OcrJob job, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_jobs) { job.DispatchedAt = at; }
        return Task.CompletedTask;
    }
}

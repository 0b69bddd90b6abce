using OcrAsync.Api.Fallback;
using StackExchange.Redis;

namespace OcrAsync.Tests.Api.Fakes;

/// <summary>The workers' reports in memory; reads can be made to fail or hang, and the connection to flap.</summary>
public sealed class ScriptedWorkerStatusSource : IWorkerStatusSource
{
    private readonly Dictionary<string, WorkerStatus> _workers = [];
    private int _reads;

    public event EventHandler? Disturbed;

    public int Reads => Volatile.Read(ref _reads);

    public bool FailReads { get; set; }

    public bool HangReads { get; set; }

    public void Report(string name, DateTimeOffset lastSeen)
    {
        lock (_workers) { _workers[name] = new WorkerStatus(name, Engines: 1, Busy: 0, lastSeen); }
    }

    /// <summary>Redis restarted without its data: every report is gone.</summary>
    public void Forget()
    {
        lock (_workers) { _workers.Clear(); }
    }

    public void Disturb() => Disturbed?.Invoke(this, EventArgs.Empty);

    public async Task<IReadOnlyList<WorkerStatus>> ReadAllAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        if (HangReads)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        if (FailReads)
        {
            throw new RedisConnectionException(ConnectionFailureType.SocketFailure, "simulated: Redis away");
        }

        lock (_workers) { return [.. _workers.Values]; }
    }
}

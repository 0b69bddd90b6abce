using StackExchange.Redis;

namespace OcrAsync.Tests.Worker.Fakes;

/// <summary>
/// Job streams in memory: entries waiting to be read or claimed, faults to throw on the next calls, and a record of
/// every call the consumer made.
/// </summary>
public sealed class ScriptedJobStreamReader : IJobStreamReader
{
    private readonly ConcurrentQueue<(string Stream, StreamEntry Entry)> _new = new();
    private readonly ConcurrentQueue<(string Stream, StreamEntry Entry)> _abandoned = new();
    private readonly ConcurrentQueue<Exception> _readFaults = new();
    private readonly ConcurrentQueue<Exception> _startFaults = new();
    private Action? _onWake;
    private int _reads;
    private int _groupAttempts;

    public TimeSpan? OldestLowPriorityAge { get; set; }

    public int Reads => Volatile.Read(ref _reads);

    public int GroupAttempts => Volatile.Read(ref _groupAttempts);

    public ConcurrentQueue<bool> LowestFirstFlags { get; } = new();

    public ConcurrentQueue<TimeSpan> ClaimIdleTimes { get; } = new();

    public bool Subscribed => Volatile.Read(ref _onWake) is not null;

    public bool Unsubscribed { get; private set; }

    public void AddNew(string stream, StreamEntry entry) => _new.Enqueue((stream, entry));

    public void AddAbandoned(string stream, StreamEntry entry) => _abandoned.Enqueue((stream, entry));

    public void FailNextRead(Exception fault) => _readFaults.Enqueue(fault);

    public void FailNextStart(Exception fault) => _startFaults.Enqueue(fault);

    /// <summary>What a publish does: the subscribed consumer is told a job is waiting.</summary>
    public void Publish(string stream, StreamEntry entry)
    {
        AddNew(stream, entry);
        _onWake?.Invoke();
    }

    public Task EnsureConsumerGroupsAsync()
    {
        Interlocked.Increment(ref _groupAttempts);
        return _startFaults.TryDequeue(out var fault) ? Task.FromException(fault) : Task.CompletedTask;
    }

    public Task SubscribeToWakeUpsAsync(Action onWake)
    {
        Volatile.Write(ref _onWake, onWake);
        return Task.CompletedTask;
    }

    public Task UnsubscribeFromWakeUpsAsync()
    {
        Unsubscribed = true;
        return Task.CompletedTask;
    }

    public Task<(string Stream, StreamEntry Entry)?> ReadNextAsync(string consumer, bool lowestFirst = false)
    {
        Interlocked.Increment(ref _reads);
        LowestFirstFlags.Enqueue(lowestFirst);
        if (_readFaults.TryDequeue(out var fault))
        {
            return Task.FromException<(string, StreamEntry)?>(fault);
        }

        return Task.FromResult(_new.TryDequeue(out var next) ? next : ((string, StreamEntry)?)null);
    }

    public Task<TimeSpan?> OldestLowPriorityAgeAsync(DateTimeOffset now) => Task.FromResult(OldestLowPriorityAge);

    public Task<IReadOnlyList<(string Stream, StreamEntry Entry)>> ClaimAbandonedAsync(string consumer, TimeSpan minIdle, int count)
    {
        ClaimIdleTimes.Enqueue(minIdle);
        var claimed = new List<(string, StreamEntry)>();
        while (claimed.Count < count && _abandoned.TryDequeue(out var entry))
        {
            claimed.Add(entry);
        }

        return Task.FromResult<IReadOnlyList<(string Stream, StreamEntry Entry)>>(claimed);
    }

    public Task<IReadOnlyList<string>> ForgetGoneAsync(string self, TimeSpan forgetAfter, DateTimeOffset now) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}

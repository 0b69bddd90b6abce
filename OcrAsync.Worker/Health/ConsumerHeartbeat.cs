namespace OcrAsync.Worker.Health;

/// <summary>Last time a consumer loop went round; a stalled loop makes the worker unhealthy.</summary>
public sealed class ConsumerHeartbeat(TimeProvider timeProvider)
{
    private long _lastBeatTicks;
    private int _busy;

    /// <summary>Consumer loops running a job right now (each holds at most one engine).</summary>
    public int Busy => Volatile.Read(ref _busy);

    public void JobStarted() => Interlocked.Increment(ref _busy);

    public void JobEnded() => Interlocked.Decrement(ref _busy);

    public bool HasStarted => Interlocked.Read(ref _lastBeatTicks) != 0;

    public TimeSpan SinceLastBeat =>
        timeProvider.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref _lastBeatTicks), TimeSpan.Zero);

    public void Beat() => Interlocked.Exchange(ref _lastBeatTicks, timeProvider.GetUtcNow().UtcTicks);
}

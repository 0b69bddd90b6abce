namespace OcrAsync.Worker.Health;

/// <summary>Last time a consumer loop went round; a stalled loop makes the worker unhealthy.</summary>
public sealed class ConsumerHeartbeat(TimeProvider timeProvider)
{
    private long _lastBeatTicks;

    public bool HasStarted => Interlocked.Read(ref _lastBeatTicks) != 0;

    public TimeSpan SinceLastBeat =>
        timeProvider.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref _lastBeatTicks), TimeSpan.Zero);

    public void Beat() => Interlocked.Exchange(ref _lastBeatTicks, timeProvider.GetUtcNow().UtcTicks);
}

namespace OcrAsync.Api.Fallback;

/// <summary>
/// Whether any worker has reported recently (the workers' heartbeat hash in Redis, <see cref="IWorkerStatusSource"/>),
/// read in the background so that an upload never waits on Redis for it: every 5 s while a worker reports (every 5 s),
/// every second once none has for a while, so that a worker starting is seen at once; the loop sleeps until the next
/// read is due. Workers count as gone only when all of these have been
/// true for the whole absence window: no heartbeat seen (the newest ever seen is remembered, so a Redis that restarted
/// without its data hides no worker), Redis read without trouble (workers cannot report while it is away), and this
/// API running (at least <see cref="FallbackOptions.StartupGrace"/>: a worker starting beside it gets that long to report).
/// </summary>
public sealed class WorkerPresence : BackgroundService
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    // While the newest heartbeat is younger than this, reading every few seconds is enough.
    public static readonly TimeSpan ReportingWithin = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan ReportingRefreshInterval = TimeSpan.FromSeconds(5);

    // A read older than this (two refreshes missed) means Redis is not answering: nothing can be told about the workers.
    public static readonly TimeSpan ReadStaleAfter = TimeSpan.FromSeconds(15);

    // A read still unanswered after this long is a Redis in trouble (a frozen server answers nothing until
    // StackExchange.Redis times the read out, 5 s or more later): the newest heartbeat may age past the window
    // meanwhile, and a worker that cannot report is not a worker gone.
    public static readonly TimeSpan ReadHangsAfter = TimeSpan.FromSeconds(2);

    private readonly IWorkerStatusSource _workers;
    private readonly BackgroundLoop _loop;
    private readonly IOptions<FallbackOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly long _startedTicks;
    private long _newestHeartbeatTicks;
    private long _redisDisturbedTicks;
    private long _lastReadTicks;
    private long _readStartedTicks; // 0 while no read is in flight

    public WorkerPresence(IWorkerStatusSource workers, BackgroundLoop loop, IOptions<FallbackOptions> options, TimeProvider timeProvider)
    {
        (_workers, _loop, _options, _timeProvider) = (workers, loop, options, timeProvider);
        _startedTicks = _lastReadTicks = timeProvider.GetUtcNow().UtcTicks;
        workers.Disturbed += (_, _) => MarkRedisDisturbed();
    }

    /// <summary>From memory only: true unless workers have been absent, with Redis readable, for the whole window.</summary>
    public bool AnyWorkerAlive()
    {
        var (now, window) = (_timeProvider.GetUtcNow().UtcTicks, _options.Value.WorkerAbsentAfter.Ticks);
        var readStarted = Interlocked.Read(ref _readStartedTicks);
        if (now - Interlocked.Read(ref _lastReadTicks) > ReadStaleAfter.Ticks
            || (readStarted != 0 && now - readStarted > ReadHangsAfter.Ticks))
        {
            MarkRedisDisturbed();
        }

        return now - _startedTicks <= Math.Max(window, _options.Value.StartupGrace.Ticks)
            || now - Interlocked.Read(ref _newestHeartbeatTicks) <= window
            || now - Interlocked.Read(ref _redisDisturbedTicks) <= window;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _loop.RunAsync("worker-presence", UntilNextRead, ReadHeartbeatsAsync, stoppingToken);

    /// <summary>
    /// The wait until the next read is due: <see cref="ReportingRefreshInterval"/> after the last one, or sooner once the
    /// newest heartbeat turns <see cref="ReportingWithin"/> old, never under <see cref="RefreshInterval"/>. The loop
    /// sleeps that long instead of waking every second to find nothing due (each wake costs CPU on an idle API).
    /// </summary>
    private TimeSpan UntilNextRead()
    {
        var now = _timeProvider.GetUtcNow().UtcTicks;
        var due = Math.Min(
            Interlocked.Read(ref _lastReadTicks) + ReportingRefreshInterval.Ticks,
            Interlocked.Read(ref _newestHeartbeatTicks) + ReportingWithin.Ticks);
        return TimeSpan.FromTicks(Math.Clamp(due - now, RefreshInterval.Ticks, ReportingRefreshInterval.Ticks));
    }

    private async Task ReadHeartbeatsAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow().UtcTicks;
        IReadOnlyList<WorkerStatus> workers;
        Interlocked.Exchange(ref _readStartedTicks, now);
        try
        {
            workers = await _workers.ReadAllAsync(cancellationToken);
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            MarkRedisDisturbed();
            throw;
        }
        finally
        {
            Interlocked.Exchange(ref _readStartedTicks, 0);
        }

        if (_timeProvider.GetUtcNow().UtcTicks - now > ReadHangsAfter.Ticks)
        {
            MarkRedisDisturbed(); // answered at last, but Redis was away meanwhile
        }

        foreach (var status in workers)
        {
            Remember(ref _newestHeartbeatTicks, status.LastSeen.UtcTicks);
        }

        Interlocked.Exchange(ref _lastReadTicks, _timeProvider.GetUtcNow().UtcTicks);
    }

    private void MarkRedisDisturbed() => Interlocked.Exchange(ref _redisDisturbedTicks, _timeProvider.GetUtcNow().UtcTicks);

    private static void Remember(ref long newest, long ticks)
    {
        var seen = Interlocked.Read(ref newest);
        while (ticks > seen)
        {
            var previous = Interlocked.CompareExchange(ref newest, ticks, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}

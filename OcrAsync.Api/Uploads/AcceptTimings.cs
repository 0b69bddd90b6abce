namespace OcrAsync.Api.Uploads;

/// <summary>
/// Where one upload's time went on the server, phase by phase (before the endpoint, the body, the checks, the quota
/// query, the store and commit), with the GC pauses and the thread-pool backlog seen meanwhile. Sent back as a
/// <c>Server-Timing</c> header (W3C), so a client can tell a slow answer's server part from the rest (the wire, the
/// socket's wait for a thread, its own delays).
/// </summary>
public sealed class AcceptTimings
{
    private readonly long _start;
    private readonly TimeSpan _gcPauseAtStart;
    private readonly int _gen0AtStart;
    private readonly int _gen2AtStart;
    private readonly long _pendingAtStart;
    private readonly List<(string Phase, long Elapsed)> _phases = new(6);
    private long _last;

    public AcceptTimings(long startTimestamp, TimeSpan gcPause, int gen0Collections, int gen2Collections, long pendingWorkItems)
    {
        _start = _last = startTimestamp;
        _gcPauseAtStart = gcPause;
        _gen0AtStart = gen0Collections;
        _gen2AtStart = gen2Collections;
        _pendingAtStart = pendingWorkItems;
    }

    /// <summary>Starts the timings of a request now, with the runtime's own counters.</summary>
    public static AcceptTimings StartNow() => new(
        Stopwatch.GetTimestamp(), GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2),
        ThreadPool.PendingWorkItemCount);

    /// <summary>The phase that ended at <paramref name="timestamp"/> began where the previous one ended.</summary>
    public void Mark(string phase, long timestamp)
    {
        _phases.Add((phase, timestamp - _last));
        _last = timestamp;
    }

    public void Mark(string phase) => Mark(phase, Stopwatch.GetTimestamp());

    /// <summary>
    /// The header's value: each phase, <c>total</c> (start to <paramref name="endTimestamp"/>), <c>gc</c> (pause time and
    /// gen0/gen2 collections meanwhile) and <c>pool</c> (work items queued on the thread pool at the start).
    /// </summary>
    public string ToHeaderValue(long endTimestamp, TimeSpan gcPause, int gen0Collections, int gen2Collections)
    {
        var header = new StringBuilder(160);
        foreach (var (phase, elapsed) in _phases)
        {
            Append(header, phase, Milliseconds(elapsed));
        }

        Append(header, "total", Milliseconds(endTimestamp - _start));
        Append(header, "gc", (gcPause - _gcPauseAtStart).TotalMilliseconds)
            .Append(CultureInfo.InvariantCulture, $";desc=\"{gen0Collections - _gen0AtStart}/{gen2Collections - _gen2AtStart}\"");
        return header.Append(CultureInfo.InvariantCulture, $", pool;desc=\"{_pendingAtStart}\"").ToString();
    }

    /// <summary>The header's value now.</summary>
    public string ToHeaderValue() => ToHeaderValue(
        Stopwatch.GetTimestamp(), GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2));

    private static StringBuilder Append(StringBuilder header, string name, double milliseconds) =>
        header.Append(header.Length == 0 ? "" : ", ").Append(name)
            .Append(CultureInfo.InvariantCulture, $";dur={milliseconds:0.###}");

    private static double Milliseconds(long elapsed) => Stopwatch.GetElapsedTime(0, elapsed).TotalMilliseconds;
}

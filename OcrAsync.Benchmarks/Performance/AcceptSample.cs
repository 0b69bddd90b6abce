namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// One accepted upload: its latency as reported (from its scheduled start in an open loop), how late the client sent
/// it (its own delay), the time from send to answer it measured, and the server's own account of it.
/// </summary>
internal sealed record AcceptSample(DateTime SentUtc, double LatencyMs, double LateMs, double ClientMs, IReadOnlyDictionary<string, ServerTiming> Server)
{
    /// <summary>The server's time from its first middleware to the answer's start; NaN without the header.</summary>
    public double ServerMs => Server.TryGetValue("total", out var total) && total.Milliseconds is { } ms ? ms : double.NaN;

    /// <summary>Neither the client's delay nor the server's timed part: the wire, the socket's wait for a server thread, the client's receive.</summary>
    public double OutsideMs => ClientMs - ServerMs;

    public double Phase(string name) => Server.TryGetValue(name, out var timing) && timing.Milliseconds is { } ms ? ms : double.NaN;
}

namespace OcrAsync.Benchmarks.Performance;

/// <summary>One timed batch of pages: wall time, per-page latency (queue included) and characters read (a sanity check).</summary>
internal sealed record RunTiming(int Pages, TimeSpan Wall, Percentiles PageLatencyMs, long Characters)
{
    public double PagesPerSecond => Pages / Wall.TotalSeconds;
}

namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// Every accepted upload of a run, one CSV line each in send order (UTC send time to the millisecond, latency, the
/// client's own delay and the server's phases), so that slow uploads can be lined up with events sampled meanwhile
/// (Postgres, Redis, the kernel's writeback) by their time.
/// </summary>
internal static class AcceptSamplesCsv
{
    private static readonly string[] Phases = ["pre", "body", "check", "quota", "file", "store", "total"];

    public static string Format(IEnumerable<AcceptSample> samples)
    {
        var csv = new StringBuilder("sent_utc,latency_ms,late_ms,client_ms," + string.Join(',', Phases.Select(p => p + "_ms")) + "\n");
        foreach (var s in samples.OrderBy(s => s.SentUtc))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{s.SentUtc:yyyy-MM-ddTHH:mm:ss.fff},{s.LatencyMs:F1},{s.LateMs:F1},{s.ClientMs:F1}");
            foreach (var phase in Phases)
            {
                csv.Append(CultureInfo.InvariantCulture, $",{s.Phase(phase):0.0}");
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }
}

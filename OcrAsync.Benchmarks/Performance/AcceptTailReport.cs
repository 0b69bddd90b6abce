namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// Where the slowest 1 % of accepted uploads spent their time, beside the median upload: the client's own delay,
/// the server's phases (Server-Timing), what neither accounts for, and the GC and thread-pool figures the server
/// saw meanwhile. Tells whether the tail is in the client, the server, or between them.
/// </summary>
internal static class AcceptTailReport
{
    private static readonly string[] Phases = ["pre", "body", "check", "quota", "file", "store", "total", "gc"];

    public static string Format(IReadOnlyCollection<AcceptSample> samples)
    {
        if (samples.Count == 0)
        {
            return "";
        }

        var sorted = samples.OrderBy(s => s.LatencyMs).ToArray();
        var tail = sorted[(int)Math.Floor(sorted.Length * 0.99)..];
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# where the time went: median of all {sorted.Length} vs median of the slowest 1 % ({tail.Length}), ms");
        report.AppendLine("| part | all | slowest 1 % |");
        report.AppendLine("|---|---|---|");
        Row(report, "latency", sorted, tail, s => s.LatencyMs);
        Row(report, "client late to send", sorted, tail, s => s.LateMs);
        Row(report, "client send to answer", sorted, tail, s => s.ClientMs);
        Row(report, "outside the server (client - server total)", sorted, tail, s => s.OutsideMs);
        foreach (var phase in Phases)
        {
            Row(report, $"server {phase}", sorted, tail, s => s.Phase(phase));
        }

        Row(report, "server gen0 collections during", sorted, tail, s => Count(s, "gc", 0));
        Row(report, "server gen2 collections during", sorted, tail, s => Count(s, "gc", 1));
        Row(report, "server pool work items queued at start", sorted, tail, s => Count(s, "pool", 0));
        report.AppendLine("slowest 10 (sent at, latency late client outside | server phases):");
        foreach (var s in sorted.TakeLast(10))
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"  {s.SentUtc:HH:mm:ss.fff} {s.LatencyMs:F1} {s.LateMs:F1} {s.ClientMs:F1} {s.OutsideMs:F1} | {string.Join(" ", s.Server.Values.Select(v => $"{v.Name}={v.Milliseconds?.ToString("0.#", CultureInfo.InvariantCulture)}{(v.Description is null ? "" : "/" + v.Description)}"))}");
        }

        return report.ToString();
    }

    private static void Row(StringBuilder report, string name, AcceptSample[] all, AcceptSample[] tail, Func<AcceptSample, double> value) =>
        report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Median(all, value):F1} | {Median(tail, value):F1} |");

    private static double Median(AcceptSample[] samples, Func<AcceptSample, double> value) =>
        new Percentiles(samples.Select(value).Where(v => !double.IsNaN(v))).At(50);

    private static double Count(AcceptSample sample, string metric, int index) =>
        sample.Server.TryGetValue(metric, out var timing) && timing.Description?.Split('/') is { } parts && parts.Length > index
            && double.TryParse(parts[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN;
}

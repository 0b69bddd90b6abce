namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// <c>idle --pids API,WORKER [--seconds 60]</c>: the CPU time the given processes use while nothing is asked of them
/// (health probes, telemetry export and the background loops only), as a share of one core.
/// </summary>
internal static class IdleCostBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var pids = arguments.String("pids", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var seconds = arguments.Int("seconds", 60);
        var before = pids.Select(ProcessCpu.Of).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
        var used = pids.Select((pid, i) => ProcessCpu.Of(pid) - before[i]).ToArray();
        var parts = string.Join(' ', pids.Select((pid, i) => string.Create(CultureInfo.InvariantCulture, $"pid{pid}_ms={used[i].TotalMilliseconds:F0}")));
        var total = used.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT idle seconds={seconds} {parts} total_ms={total.TotalMilliseconds:F0} share_of_one_core_pct={100 * total.TotalSeconds / seconds:F2}"));
        return 0;
    }
}

using System.Collections.Concurrent;

namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// <c>--clients</c> concurrent loops posting a ~<c>--kb</c> KB invoice for <c>--seconds</c> (at most <c>--max-requests</c> in
/// all): requests/s and the latency percentiles of the 202 answers, other answers counted apart. Without
/// <c>--rate</c> each client posts again as soon as it has its answer (closed loop: the latency then measures the
/// saturated queue, 50 clients / throughput). With <c>--rate R</c> the clients together start R uploads a second on a
/// fixed schedule, and a late answer delays the next upload but its latency still counts from its scheduled start, so
/// a stall is not hidden (wrk2's correction for coordinated omission). <c>--samples FILE</c> writes every accepted
/// upload (send time, latency, server phases) as CSV.
/// </summary>
internal static class AcceptLatencyBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var clients = arguments.Int("clients", 50);
        var duration = TimeSpan.FromSeconds(arguments.Int("seconds", 30));
        var maxRequests = arguments.Int("max-requests", 20_000);
        var rate = arguments.Int("rate", 0);
        var payload = BenchmarkPages.RenderScanLike(arguments.Int("kb", 300) * 1024);
        using var http = OcrApiClient.CreateHttpClient(arguments.ApiBase(), arguments.Token());
        var api = new OcrApiClient(http);
        var tokens = arguments.Tokens(clients); // One user per client (per-user submit limit: 60 burst, then 1/s).

        // A few requests first so JIT and connection set-up are not in the sample.
        for (var i = 0; i < 3; i++)
        {
            await api.SubmitAsync(payload, "warm-up.png", cancellationToken);
        }

        var accepted = new ConcurrentBag<double>();
        var samples = new ConcurrentBag<AcceptSample>();
        var gcPauseBefore = GC.GetTotalPauseDuration();
        var others = new ConcurrentDictionary<string, int>();
        var sent = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            // Open loop: client i starts at i/R and then every clients/R seconds.
            var interval = rate > 0 ? TimeSpan.FromSeconds((double)clients / rate) : TimeSpan.Zero;
            var scheduled = rate > 0 ? TimeSpan.FromSeconds((double)client / rate) : TimeSpan.Zero;
            while (Interlocked.Increment(ref sent) <= maxRequests)
            {
                if (rate > 0 && scheduled > stopwatch.Elapsed)
                {
                    await Task.Delay(scheduled - stopwatch.Elapsed, cancellationToken);
                }

                if (stopwatch.Elapsed >= duration)
                {
                    break;
                }

                try
                {
                    var start = rate > 0 ? scheduled : stopwatch.Elapsed;
                    var late = rate > 0 ? (stopwatch.Elapsed - scheduled).TotalMilliseconds : 0;
                    var sentUtc = DateTime.UtcNow;
                    var outcome = await api.SubmitAsync(payload, $"load-{client}.png", tokens[client], cancellationToken);
                    if (outcome.Status == HttpStatusCode.Accepted)
                    {
                        var latency = rate > 0 ? (stopwatch.Elapsed - start).TotalMilliseconds : outcome.Elapsed.TotalMilliseconds;
                        accepted.Add(latency);
                        samples.Add(new AcceptSample(sentUtc, latency, late, outcome.Elapsed.TotalMilliseconds, ServerTiming.Parse(outcome.ServerTiming)));
                    }
                    else
                    {
                        others.AddOrUpdate(((int)outcome.Status).ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                    }
                }
                catch (HttpRequestException ex)
                {
                    others.AddOrUpdate(ex.GetType().Name, 1, (_, n) => n + 1);
                }

                scheduled += interval;
            }
        }));
        var elapsed = stopwatch.Elapsed.TotalSeconds;

        var latency = new Percentiles(accepted);
        var total = latency.Count + others.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            # accept: {clients} clients, {(rate > 0 ? $"open loop at {rate} uploads/s" : "closed loop")}, {duration.TotalSeconds:F0} s, {payload.Length / 1024} KB PNG
            | measure | value |
            |---|---|
            | requests (202 / other) | {latency.Count} / {total - latency.Count} {string.Join(" ", others.Select(o => $"[{o.Key} x{o.Value}]"))} |
            | requests/s (all answers) | {total / elapsed:F1} |
            | 202 latency p50 / p95 / p99 / max | {latency.At(50):F1} / {latency.At(95):F1} / {latency.At(99):F1} / {latency.Max:F1} ms |
            | load client's own GC pauses during the run | {(GC.GetTotalPauseDuration() - gcPauseBefore).TotalMilliseconds:F0} ms |
            """));
        Console.Write(AcceptTailReport.Format(samples));
        if (arguments.String("samples", "") is { Length: > 0 } samplesFile)
        {
            await File.WriteAllTextAsync(samplesFile, AcceptSamplesCsv.Format(samples), cancellationToken);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT accept mode={(rate > 0 ? $"rate{rate}" : "closed")} rps={total / elapsed:F1} accepted={latency.Count} other={total - latency.Count} p50_ms={latency.At(50):F1} p95_ms={latency.At(95):F1} p99_ms={latency.At(99):F1} max_ms={latency.Max:F1}"));
        return 0;
    }
}

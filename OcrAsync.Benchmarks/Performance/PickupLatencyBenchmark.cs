namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// With an idle worker, submits <c>--jobs</c> small invoices one at a time (each after the previous finished and a pause)
/// and reads <c>started_at − created_at</c> from the status: the job row is written just before the stream entry, so
/// this is the stream-entry-to-worker-start time plus the XADD itself (an upper bound).
/// </summary>
internal static class PickupLatencyBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var jobs = arguments.Int("jobs", 20);
        var pause = TimeSpan.FromMilliseconds(arguments.Int("pause-ms", 700));
        var page = BenchmarkPages.Render(1, dpi: 200)[0];
        using var http = OcrApiClient.CreateHttpClient(arguments.ApiBase(), arguments.Token());
        var api = new OcrApiClient(http);

        var waits = new List<double>();
        for (var i = 0; i < jobs; i++)
        {
            await Task.Delay(pause, cancellationToken); // The consumer loops go back to waiting for the wake-up signal.
            var outcome = await api.SubmitAsync(page, $"pickup-{i}.png", cancellationToken);
            if (outcome.Status != HttpStatusCode.Accepted)
            {
                Console.Error.WriteLine($"Submit refused: {(int)outcome.Status}");
                return 1;
            }

            JobStatus status;
            do
            {
                await Task.Delay(100, cancellationToken);
                status = await api.StatusAsync(outcome.JobId!.Value, null, cancellationToken);
            }
            while (!status.IsFinished);

            waits.Add((status.StartedAt!.Value - status.CreatedAt).TotalMilliseconds);
        }

        var p = new Percentiles(waits);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            # pickup: {jobs} jobs, one at a time, idle worker (started_at - created_at)
            | p50 | p99 | min | max |
            |---|---|---|---|
            | {p.At(50):F1} ms | {p.At(99):F1} ms | {waits.Min():F1} ms | {p.Max:F1} ms |
            """));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT pickup jobs={jobs} p50_ms={p.At(50):F1} p99_ms={p.At(99):F1} max_ms={p.Max:F1}"));
        return 0;
    }
}

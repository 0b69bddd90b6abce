namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// Submits <c>--jobs</c> invoices (the engine benchmark's pages, cycled) at once through the running API and times until
/// the last one is completed: from just before the first POST to the latest <c>completed_at</c>.
/// </summary>
internal static class EndToEndBenchmark
{
    private const int MaxSubmitAttempts = 12;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var jobs = arguments.Int("jobs", 100);
        var cliPagesPerSecond = arguments.Double("cli-pps", double.NaN);
        // --files-dir: page files of other makers (PNG, JPEG, TIFF), each submitted once per cycle, instead of the rendered set.
        var filesDir = arguments.String("files-dir", "");
        var pages = filesDir.Length > 0
            ? Directory.GetFiles(filesDir).Where(MixedPages.IsPage).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray()
            : BenchmarkPages.Render(arguments.Int("pages", 20));
        jobs = filesDir.Length > 0 ? arguments.Int("jobs", pages.Count) : jobs;
        using var http = OcrApiClient.CreateHttpClient(arguments.ApiBase(), arguments.Token());
        var api = new OcrApiClient(http);
        var tokens = arguments.Tokens(arguments.Int("users", 2)); // 60-submit burst per user: 100 at once need 2 users.

        var start = DateTimeOffset.UtcNow;
        var retried = 0;
        var submitted = await Task.WhenAll(Enumerable.Range(0, jobs).Select(async i =>
        {
            // A 503 (the database did not commit within Accept:DatabaseTimeout; nothing was stored) says to come back after
            // its Retry-After (5 s as shipped), as a real client would: large uploads at once can meet it on a busy disk.
            for (var attempt = 1; ; attempt++)
            {
                var outcome = await api.SubmitAsync(pages[i % pages.Count], $"invoice-{i:000}.png", tokens[i % tokens.Count], cancellationToken);
                if (outcome.Status != HttpStatusCode.ServiceUnavailable || attempt == MaxSubmitAttempts)
                {
                    return outcome;
                }

                Interlocked.Increment(ref retried);
                await Task.Delay(RetryAfter, cancellationToken);
            }
        }));
        var submitDone = DateTimeOffset.UtcNow;
        var refused = submitted.Where(s => s.Status != HttpStatusCode.Accepted).ToList();
        if (refused.Count > 0)
        {
            Console.Error.WriteLine($"{refused.Count} submit(s) refused: {string.Join(", ", refused.GroupBy(r => r.Status).Select(g => $"{(int)g.Key} x{g.Count()}"))}");
            return 1;
        }

        var owner = submitted.Select((s, i) => (s.JobId!.Value, tokens[i % tokens.Count])).ToDictionary();
        var pending = submitted.Select(s => s.JobId!.Value).ToHashSet();
        var finished = new Dictionary<Guid, JobStatus>();
        var deadline = DateTimeOffset.UtcNow.AddMinutes(arguments.Int("timeout-minutes", 15));
        while (pending.Count > 0)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                Console.Error.WriteLine($"Timed out with {pending.Count} job(s) unfinished.");
                return 1;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            foreach (var id in pending.ToList())
            {
                var status = await api.StatusAsync(id, owner[id], cancellationToken);
                if (status.IsFinished)
                {
                    finished[id] = status;
                    pending.Remove(id);
                }
                else
                {
                    break; // Jobs finish roughly in order: poll the rest next second, keeping the load off the API.
                }
            }
        }

        var failed = finished.Values.Count(s => s.Status != "completed");
        var end = finished.Values.Max(s => s.CompletedAt!.Value);
        var wall = (end - start).TotalSeconds;
        var pagesPerSecond = jobs / wall;
        var processing = new Percentiles(finished.Values.Select(s => s.ProcessingTimeSeconds ?? double.NaN));
        var firstStart = finished.Values.Min(s => s.StartedAt!.Value);
        var busy = (end - firstStart).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            # e2e: {jobs} single-page invoices submitted at once ({failed} not completed){(filesDir.Length > 0 ? $" from {filesDir}" : "")}
            | measure | value |
            |---|---|
            | all 202s received | {(submitDone - start).TotalSeconds:F2} s ({retried} submit(s) sent again after a 503) |
            | first job started (after first POST) | {(firstStart - start).TotalSeconds:F2} s |
            | last job completed (after first POST) | {wall:F2} s |
            | end-to-end pages/s | {pagesPerSecond:F2} |
            | worker pages/s (first start to last completion) | {jobs / busy:F2} |
            | processing_time per job p50 / mean / max | {processing.At(50):F2} / {processing.Mean:F2} / {processing.Max:F2} s |
            | CLI baseline pages/s (engines benchmark, same parallelism) | {cliPagesPerSecond:F2} |
            | end-to-end / CLI | {pagesPerSecond / cliPagesPerSecond:F2} |
            """));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT e2e jobs={jobs} wall_s={wall:F2} pps={pagesPerSecond:F3} worker_pps={jobs / busy:F3} ratio={pagesPerSecond / cliPagesPerSecond:F3} failed={failed} submit_retries={retried}"));
        return failed == 0 ? 0 : 1;
    }
}

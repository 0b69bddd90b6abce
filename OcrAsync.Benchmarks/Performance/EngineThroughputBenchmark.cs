namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// Pages/s of the in-process <see cref="OcrEnginePool"/> against the `tesseract` CLI with the same parallelism, on the same
/// rendered pages and languages. Pool and CLI run back to back for each engine count, in alternating order per round,
/// so machine noise hits both sides alike.
/// </summary>
internal static class EngineThroughputBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var pageCount = arguments.Int("pages", 20);
        var rounds = arguments.Int("rounds", 2);
        var languages = arguments.String("lang", "eng+vie");
        var engineCounts = arguments.String("engines", "1,2,3,4").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

        var render = Stopwatch.StartNew();
        var pages = BenchmarkPages.Render(pageCount);
        var folder = Directory.CreateTempSubdirectory("ocr-bench-pages-");
        try
        {
            var files = new List<string>();
            for (var i = 0; i < pages.Count; i++)
            {
                var file = Path.Combine(folder.FullName, $"page-{i:00}.png");
                await File.WriteAllBytesAsync(file, pages[i], cancellationToken);
                files.Add(file);
            }

            Console.WriteLine($"# engines: {pageCount} pages (300 dpi A4, half eng / half vie, mean {pages.Average(p => p.Length) / 1024:F0} KB PNG) rendered in {render.ElapsedMilliseconds} ms; languages {languages}; {rounds} round(s); OMP_THREAD_LIMIT={Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT") ?? "(unset!)"}");
            Console.WriteLine("| round | N | side | wall s | pages/s | CLI process p50 ms | ms/page per engine (wall x N / pages) | chars |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");

            var results = new Dictionary<(int N, string Side), List<RunTiming>>();
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var n in engineCounts)
                {
                    var order = round % 2 == 1 ? new[] { "pool", "cli" } : ["cli", "pool"];
                    foreach (var side in order)
                    {
                        var timing = side == "pool"
                            ? await RunPoolAsync(pages, languages, n, cancellationToken)
                            : await CliBaseline.RunAsync(files, languages, n, cancellationToken);
                        if (!results.TryGetValue((n, side), out var list))
                        {
                            results[(n, side)] = list = [];
                        }

                        list.Add(timing);
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"| {round} | {n} | {side} | {timing.Wall.TotalSeconds:F2} | {timing.PagesPerSecond:F2} | {(timing.PageLatencyMs.Count == 0 ? "–" : timing.PageLatencyMs.At(50).ToString("F0", CultureInfo.InvariantCulture))} | {timing.Wall.TotalMilliseconds * n / timing.Pages:F0} | {timing.Characters} |"));
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine("| N | pool pages/s (mean) | CLI pages/s (mean) | pool / CLI | pool ms/page per engine | CLI ms/page per process |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var n in engineCounts)
            {
                var pool = results[(n, "pool")].Average(t => t.PagesPerSecond);
                var cli = results[(n, "cli")].Average(t => t.PagesPerSecond);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {n} | {pool:F2} | {cli:F2} | {pool / cli:F2} | {1000.0 * n / pool:F0} | {1000.0 * n / cli:F0} |"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT engines n={n} pool_pps={pool:F3} cli_pps={cli:F3} ratio={pool / cli:F3}"));
            }

            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<RunTiming> RunPoolAsync(IReadOnlyList<byte[]> pages, string languages, int engines, CancellationToken cancellationToken)
    {
        var options = Options.Create(new OcrEngineOptions { EngineCount = engines, Languages = languages });
        using var pool = new OcrEnginePool(options, NullLogger<OcrEnginePool>.Instance);
        await pool.WhenReady.WaitAsync(cancellationToken); // Engine creation and warm-up are start-up costs, not per page.

        var wall = Stopwatch.StartNew();
        var results = await Task.WhenAll(pages.Select((page, i) => pool.RecognizeAsync(page, i + 1, cancellationToken)));
        var elapsed = wall.Elapsed;
        return new RunTiming(pages.Count, elapsed, new Percentiles([]), results.Sum(r => (long)r.Text.Length));
    }
}

namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// <c>pdf-pages [--pages 10] [--engines 2] [--rounds 2] [--nice 10] [--save-pdf FILE]</c>: one scanned PDF of N invoice
/// pages through the whole document pipeline (rasterising, OCR, extraction) with its pages spread over the engines,
/// against the same pages run one after another (each page its own one-page PDF through the same pipeline and pool, as
/// the pipeline read a document before page parallelism: render, read, then the next page) and against a window of one
/// page (one page read at a time, the next one rendered meanwhile). Alternating, same process, same pool.
/// </summary>
internal static class PdfPagesBenchmark
{
    private const string Parallel = "parallel";
    private const string OneAfterAnother = "one-after-another";
    private const string WindowOfOne = "window-of-one";

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var pageCount = arguments.Int("pages", 10);
        var engines = arguments.Int("engines", 2);
        var rounds = arguments.Int("rounds", 2);
        var specs = Enumerable.Range(0, pageCount).Select(BenchmarkPages.Spec).ToList();
        var pdf = PdfBuilder.Create([.. specs.Select(PdfBuilder.ScannedPage)]);
        var singlePages = specs.Select(spec => PdfBuilder.Create(PdfBuilder.ScannedPage(spec))).ToList();
        if (arguments.String("save-pdf", "") is { Length: > 0 } save)
        {
            await File.WriteAllBytesAsync(save, pdf, cancellationToken);
        }

        using var pool = new OcrEnginePool(Options.Create(new OcrEngineOptions { EngineCount = engines, Languages = "eng+vie", EngineThreadNice = arguments.Int("nice", 10) }), NullLogger<OcrEnginePool>.Instance);
        await pool.WhenReady.WaitAsync(cancellationToken);
        InvoiceOcrPipeline Pipeline(IPageRecognizer recognizer) =>
            new(recognizer, new PdfRasterizer(), new InvoiceFieldExtractor(), Options.Create(new DocumentLimitsOptions()));
        var pipeline = Pipeline(pool);
        var windowOfOne = Pipeline(new OnePageAtATime(pool));
        var sides = new Dictionary<string, Func<Task<int>>>
        {
            [Parallel] = async () => (await pipeline.RunAsync(pdf, 0.7, null, cancellationToken)).PageCount,
            [OneAfterAnother] = async () =>
            {
                var read = 0;
                foreach (var page in singlePages)
                {
                    read += (await pipeline.RunAsync(page, 0.7, null, cancellationToken)).PageCount;
                }

                return read;
            },
            [WindowOfOne] = async () => (await windowOfOne.RunAsync(pdf, 0.7, null, cancellationToken)).PageCount,
        };
        var times = sides.Keys.ToDictionary(k => k, _ => new List<double>());

        Console.WriteLine($"# pdf-pages: one scanned PDF of {pageCount} pages ({pdf.Length / 1024} KB), {engines} engines, eng+vie, {rounds} round(s)");
        Console.WriteLine("| round | side | seconds | pages read |");
        Console.WriteLine("|---|---|---|---|");
        for (var round = 1; round <= rounds; round++)
        {
            var order = round % 2 == 1 ? sides.Keys.Reverse() : sides.Keys;
            foreach (var side in order)
            {
                var stopwatch = Stopwatch.StartNew();
                var pages = await sides[side]();
                times[side].Add(stopwatch.Elapsed.TotalSeconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {round} | {side} | {stopwatch.Elapsed.TotalSeconds:F2} | {pages} |"));
            }
        }

        // What the pages cost outside the engines: pdftoppm alone, every page one after another, nothing else running.
        var render = Stopwatch.StartNew();
        await foreach (var _ in new PdfRasterizer().RasterizePagesAsync(pdf, Enumerable.Range(1, pageCount), cancellationToken))
        {
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# rasterising alone: {render.Elapsed.TotalSeconds / pageCount:F3} s per page"));
        var (parallel, sequential, window) = (times[Parallel].Average(), times[OneAfterAnother].Average(), times[WindowOfOne].Average());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT pdf-pages pages={pageCount} engines={engines} parallel_s={parallel:F2} one_after_another_s={sequential:F2} window_of_one_s={window:F2} ratio={parallel / sequential:F3} ratio_vs_window_of_one={parallel / window:F3}"));
        return 0;
    }
}

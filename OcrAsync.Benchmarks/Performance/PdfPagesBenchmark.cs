using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OcrAsync.Core.Invoices;
using OcrAsync.Core.Ocr;
using OcrAsync.Core.Processing;
using OcrAsync.Tests.Processing;

namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// <c>pdf-pages [--pages 10] [--engines 2] [--rounds 2] [--nice 10]</c>: one scanned PDF of N invoice pages through the whole
/// document pipeline (rasterising, OCR, extraction) with its pages spread over the engines, against the same pipeline
/// and engines reading one page at a time; alternating, same process, same pool.
/// </summary>
internal static class PdfPagesBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var pageCount = arguments.Int("pages", 10);
        var engines = arguments.Int("engines", 2);
        var rounds = arguments.Int("rounds", 2);
        var pdf = PdfBuilder.Create([.. Enumerable.Range(0, pageCount).Select(i => PdfBuilder.ScannedPage(BenchmarkPages.Spec(i)))]);
        using var pool = new OcrEnginePool(Options.Create(new OcrEngineOptions { EngineCount = engines, Languages = "eng+vie", EngineThreadNice = arguments.Int("nice", 10) }), NullLogger<OcrEnginePool>.Instance);
        await pool.WhenReady.WaitAsync(cancellationToken);
        InvoiceOcrPipeline Pipeline(IPageRecognizer recognizer) =>
            new(recognizer, new PdfRasterizer(), new InvoiceFieldExtractor(), Options.Create(new DocumentLimitsOptions()));
        var sides = new Dictionary<string, InvoiceOcrPipeline> { ["parallel"] = Pipeline(pool), ["sequential"] = Pipeline(new OnePageAtATime(pool)) };
        var times = sides.Keys.ToDictionary(k => k, _ => new List<double>());

        Console.WriteLine($"# pdf-pages: one scanned PDF of {pageCount} pages ({pdf.Length / 1024} KB), {engines} engines, eng+vie, {rounds} round(s)");
        Console.WriteLine("| round | side | seconds | pages read |");
        Console.WriteLine("|---|---|---|---|");
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var side in round % 2 == 1 ? new[] { "sequential", "parallel" } : ["parallel", "sequential"])
            {
                var stopwatch = Stopwatch.StartNew();
                var result = await sides[side].RunAsync(pdf, 0.7, null, cancellationToken);
                times[side].Add(stopwatch.Elapsed.TotalSeconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {round} | {side} | {stopwatch.Elapsed.TotalSeconds:F2} | {result.PageCount} |"));
            }
        }

        var (parallel, sequential) = (times["parallel"].Average(), times["sequential"].Average());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT pdf-pages pages={pageCount} engines={engines} parallel_s={parallel:F2} sequential_s={sequential:F2} ratio={parallel / sequential:F3}"));
        return 0;
    }
}

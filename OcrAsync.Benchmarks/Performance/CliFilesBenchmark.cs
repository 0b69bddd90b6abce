using System.Globalization;

namespace OcrAsync.Benchmarks.Performance;

/// <summary><c>cli --files-dir DIR [--engines 2] [--lang eng+vie]</c>: the `tesseract` CLI alone on page files, N processes at a time.</summary>
internal static class CliFilesBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(arguments.String("files-dir", ".")).Where(MixedPages.IsPage).Order(StringComparer.Ordinal).ToList();
        var parallelism = arguments.Int("engines", 2);
        var timing = await CliBaseline.RunAsync(files, arguments.String("lang", "eng+vie"), parallelism, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT cli files={files.Count} n={parallelism} wall_s={timing.Wall.TotalSeconds:F2} cli_pps={timing.PagesPerSecond:F3}"));
        return 0;
    }
}

using BenchmarkDotNet.Running;

namespace OcrAsync.Benchmarks.Micro;

/// <summary>The <c>micro</c> command: BenchmarkDotNet over the in-process micro-benchmarks, with BenchmarkDotNet's own arguments.</summary>
internal static class MicroBenchmarks
{
    private static readonly Type[] Types =
    [
        typeof(FieldExtractionBenchmarks),
        typeof(UploadPreflightBenchmarks),
        typeof(ImageDecodingBenchmarks),
        typeof(PdfTextLayerBenchmarks),
    ];

    /// <returns>0, or 1 when a benchmark failed or did not validate.</returns>
    public static int Run(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromTypes(Types).Run(args).ToList();
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}

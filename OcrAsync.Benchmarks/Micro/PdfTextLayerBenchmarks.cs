namespace OcrAsync.Benchmarks.Micro;

/// <summary>
/// <see cref="PdfTextLayer.Read"/>: PdfPig reading each page's words and building lines, the step that spares a text
/// PDF its OCR, and the same call deciding that a scanned page has no usable text.
/// </summary>
[MemoryDiagnoser]
public class PdfTextLayerBenchmarks
{
    private readonly DocumentLimitsOptions _limits = new();
    private byte[] _pdf = [];

    [Params("PDF-text-1p", "PDF-text-3p", "PDF-scan-1p")]
    public string Format { get; set; } = "PDF-text-1p";

    [GlobalSetup]
    public void Setup()
    {
        _pdf = MicroFixtures.File(Format);
        var pages = PdfTextLayer.Read(_pdf, _limits, CancellationToken.None);
        var withText = Read();
        if (withText != (Format.StartsWith("PDF-text", StringComparison.Ordinal) ? pages.Count : 0))
        {
            throw new InvalidOperationException($"The {Format} fixture has {withText} text-layer pages: not what its name says.");
        }
    }

    /// <summary>The text-layer pages found (the pages themselves are an internal type).</summary>
    [Benchmark]
    public int Read() => PdfTextLayer.Read(_pdf, _limits, CancellationToken.None).Count(p => p is not null);
}

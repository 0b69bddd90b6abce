namespace OcrAsync.Benchmarks.Micro;

/// <summary>
/// <see cref="InvoiceFieldExtractor.Extract"/> on what the worker hands it after OCR: the CPU spent per document once
/// the text is known (no template: the generic finders only).
/// </summary>
[MemoryDiagnoser]
public class FieldExtractionBenchmarks
{
    private readonly InvoiceFieldExtractor _extractor = new();
    private IReadOnlyList<OcrPageResult> _english = [];
    private IReadOnlyList<OcrPageResult> _vietnamese = [];
    private IReadOnlyList<OcrPageResult> _textLayer = [];

    [GlobalSetup]
    public void Setup()
    {
        _english = [OcrPageFixtures.EnglishInvoice()];
        _vietnamese = [OcrPageFixtures.VietnameseVatInvoice()];
        _textLayer = OcrPageFixtures.ThreePageTextLayer();
    }

    /// <summary>One OCR'd English invoice page, 40 lines.</summary>
    [Benchmark]
    public InvoiceData EnglishPage() => _extractor.Extract(_english);

    /// <summary>One OCR'd Vietnamese VAT invoice page, 40 lines.</summary>
    [Benchmark]
    public InvoiceData VietnameseVatPage() => _extractor.Extract(_vietnamese);

    /// <summary>A 3-page PDF text layer, ~190 lines (150 line items).</summary>
    [Benchmark]
    public InvoiceData ThreePageTextLayer() => _extractor.Extract(_textLayer);
}

using OcrAsync.Core.Documents;

namespace OcrAsync.Benchmarks.Micro;

/// <summary>
/// The accept path's per-upload CPU before the file is stored: the type from the first bytes, then the limit checks
/// from the headers (image size) or PdfPig's page count.
/// </summary>
[MemoryDiagnoser]
public class UploadPreflightBenchmarks
{
    private readonly DocumentLimitsOptions _limits = new();
    private byte[] _file = [];

    [Params("PNG", "JPEG", "PDF-scan-1p", "PDF-text-3p")]
    public string Format { get; set; } = "PNG";

    [GlobalSetup]
    public void Setup()
    {
        _file = MicroFixtures.File(Format);
        // Measure the accept path: a fixture that is refused would time the rejection instead.
        if (!Detect().IsSupported || DetectAndPreflight() is not null)
        {
            throw new InvalidOperationException($"The {Format} fixture is not accepted by the preflight ({Detect().Name}).");
        }
    }

    /// <summary>Type detection from the first 16 bytes.</summary>
    [Benchmark]
    public DocumentType Detect() => DocumentTypeDetector.Detect(_file.AsSpan(0, DocumentTypeDetector.HeaderLength));

    /// <summary>Detection plus the limit checks, as the API runs them for every file.</summary>
    [Benchmark]
    public string? DetectAndPreflight()
    {
        var type = DocumentTypeDetector.Detect(_file.AsSpan(0, DocumentTypeDetector.HeaderLength));
        return DocumentPreflight.FindLimitViolation(_file, type, _limits);
    }
}

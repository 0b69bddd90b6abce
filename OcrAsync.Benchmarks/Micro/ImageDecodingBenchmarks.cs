using OcrAsync.Core.Documents;

namespace OcrAsync.Benchmarks.Micro;

/// <summary>
/// Leptonica decoding a rendered 300 dpi A4 invoice page (2481 x 3507, 8-bit grey), with the same <c>pixReadMem</c>
/// call the engine makes before recognition, against the header-only read the pipeline does when it splits pages.
/// </summary>
/// <remarks>Leptonica's pixel buffers are native memory: the allocated column counts managed memory only.</remarks>
[MemoryDiagnoser]
public unsafe class ImageDecodingBenchmarks
{
    private readonly DocumentLimitsOptions _limits = new();
    private byte[] _file = [];
    private DocumentType _type = DocumentType.Png;

    [Params("PNG", "JPEG")]
    public string Format { get; set; } = "PNG";

    [GlobalSetup]
    public void Setup()
    {
        _file = MicroFixtures.File(Format);
        _type = DocumentTypeDetector.Detect(_file.AsSpan(0, DocumentTypeDetector.HeaderLength));
        if (Decode() != 2481)
        {
            throw new InvalidOperationException($"Leptonica did not decode the {Format} page to its 2481 pixel width.");
        }
    }

    /// <summary>Full decode to a Pix (what <see cref="TesseractEngine.Recognize(ReadOnlySpan{byte}, int, CancellationToken)"/> does first), then released.</summary>
    [Benchmark]
    public int Decode()
    {
        PixHandle pix;
        fixed (byte* data = _file)
        {
            pix = Leptonica.PixReadMem(data, (nuint)_file.Length);
        }

        using (pix)
        {
            return pix.IsInvalid ? 0 : Leptonica.PixGetWidth(pix);
        }
    }

    /// <summary><see cref="ImagePages.Split"/> for a single image: the header read and size check, no decoding.</summary>
    [Benchmark]
    public int SplitHeaderOnly() => ImagePages.Split(_file, _type, _limits).Count;
}

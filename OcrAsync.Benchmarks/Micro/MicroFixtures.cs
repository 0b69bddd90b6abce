namespace OcrAsync.Benchmarks.Micro;

/// <summary>Upload files rendered in code once per benchmark process: invoice 0 of the performance benchmark's set.</summary>
internal static class MicroFixtures
{
    private static readonly Lazy<byte[]> PngPage = new(() => InvoiceImageRenderer.RenderPng(BenchmarkPages.Spec(0)));
    private static readonly Lazy<byte[]> JpegPage = new(() => ToJpeg(PngPage.Value));

    /// <summary>The 300 dpi A4 invoice page as 8-bit grey PNG (the renderer's output, no dpi in the file).</summary>
    public static byte[] Png => PngPage.Value;

    /// <summary>The same page as JPEG, quality 85 (what a scanner or phone app typically sends).</summary>
    public static byte[] Jpeg => JpegPage.Value;

    /// <summary>A PDF with a real text layer, one invoice per page (English and Vietnamese alternating).</summary>
    public static byte[] TextPdf(int pages) =>
        PdfBuilder.Create(Enumerable.Range(0, pages).Select(i => PdfBuilder.TextPage(BenchmarkPages.Spec(i))).ToArray());

    /// <summary>A one-page PDF holding only the 300 dpi page image, like a scanner's output: no text layer.</summary>
    public static byte[] ScannedPdf() => PdfBuilder.Create(PdfBuilder.ScannedPage(BenchmarkPages.Spec(0)));

    /// <summary>The file for a benchmark's <c>Format</c> parameter; its size goes to the benchmark log.</summary>
    public static byte[] File(string format)
    {
        var file = Create(format);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Fixture {format}: {file.Length} bytes"));
        return file;
    }

    private static byte[] Create(string format) => format switch
    {
        "PNG" => Png,
        "JPEG" => Jpeg,
        "PDF-text-1p" => TextPdf(1),
        "PDF-text-3p" => TextPdf(3),
        "PDF-scan-1p" => ScannedPdf(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown fixture format."),
    };

    private static byte[] ToJpeg(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        using var image = SKImage.FromBitmap(bitmap);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return jpeg.ToArray();
    }
}

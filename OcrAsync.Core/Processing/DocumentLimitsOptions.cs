namespace OcrAsync.Core.Processing;

/// <summary>Configuration section "Documents": size limits checked before any page is decoded or rasterised.</summary>
public sealed record DocumentLimitsOptions : IOptionsSection
{
    public static string SectionName => "Documents";

    /// <summary>PDFs and TIFFs with more pages are rejected before any page is rasterised or decoded (a scanned page costs ~1 s of OCR).</summary>
    [Range(1, 10_000)]
    public int MaxPages { get; set; } = 50;

    /// <summary>Images (each TIFF page) larger than this are rejected from their header, before decoding (8 bpp 50 MP = 50 MB).</summary>
    [Range(1, 1_000)]
    public int MaxImageMegapixels { get; set; } = 50;

    /// <summary>
    /// What one compressed PDF stream (a page's content, a font, an object stream) may inflate to, in MB. Images are
    /// judged by their declared size instead: their pixels are only ever decoded row by row by the renderer.
    /// </summary>
    [Range(1, 1_024)]
    public int MaxPdfStreamMegabytes { get; set; } = 32;

    /// <summary>What all of a PDF's compressed streams (images aside) may inflate to together, in MB.</summary>
    [Range(1, 4_096)]
    public int MaxPdfInflatedMegabytes { get; set; } = 128;

    /// <exception cref="Ocr.DocumentLimitExceededException">The image is larger than <see cref="MaxImageMegapixels"/>.</exception>
    public void CheckImageSize(int width, int height, string what)
    {
        var pixels = (long)width * height;
        if (width <= 0 || height <= 0 || pixels > MaxImageMegapixels * 1_000_000L)
        {
            throw new Ocr.DocumentLimitExceededException(
                $"{what} is {width} x {height} pixels ({pixels / 1_000_000.0:0.#} megapixels); the limit is {MaxImageMegapixels} megapixels.");
        }
    }

    /// <exception cref="Ocr.DocumentLimitExceededException">The PDF has more than <see cref="MaxPages"/> pages.</exception>
    public void CheckPdfPageCount(int pages)
    {
        if (pages > MaxPages)
        {
            throw new Ocr.DocumentLimitExceededException($"The PDF has {pages} pages; the limit is {MaxPages}.");
        }
    }
}

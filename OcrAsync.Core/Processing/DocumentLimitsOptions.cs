using System.ComponentModel.DataAnnotations;

namespace OcrAsync.Core.Processing;

/// <summary>Configuration section "Documents": size limits checked before any page is decoded or rasterised.</summary>
public sealed record DocumentLimitsOptions
{
    public const string SectionName = "Documents";

    /// <summary>PDFs with more pages are rejected before rasterising (each scanned page costs ~1 s of OCR).</summary>
    [Range(1, 10_000)]
    public int MaxPdfPages { get; set; } = 50;

    /// <summary>Images (each TIFF page) larger than this are rejected from their header, before decoding (8 bpp 50 MP = 50 MB).</summary>
    [Range(1, 1_000)]
    public int MaxImageMegapixels { get; set; } = 50;
}

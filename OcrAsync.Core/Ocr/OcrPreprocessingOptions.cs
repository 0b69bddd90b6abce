using System.ComponentModel.DataAnnotations;

namespace OcrAsync.Core.Ocr;

/// <summary>Image fixes applied before or after a first recognition pass; each is kept only because it measured better (BENCHMARKS.md).</summary>
public sealed record OcrPreprocessingOptions
{
    /// <summary>Images narrower than this are scaled x2 first (small receipts: glyphs below Tesseract's ~20 px x-height sweet spot). 0 disables.</summary>
    [Range(0, 100_000)]
    public int UpscaleBelowWidth { get; set; } = 1500;

    /// <summary>When a page's mean confidence is below this, a second pass on a 3x3 median-filtered copy runs and the better pass wins. 0 disables.</summary>
    [Range(0.0, 1.0)]
    public double MedianPassBelowConfidence { get; set; } = 0.75;

    /// <summary>Tesseract's page segmentation mode for every page.</summary>
    [EnumDataType(typeof(PageSegmentation))]
    public PageSegmentation PageSegmentation { get; set; } = PageSegmentation.Auto;
}

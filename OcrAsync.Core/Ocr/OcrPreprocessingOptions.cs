using System.ComponentModel.DataAnnotations;
using OcrAsync.Core.Ocr.Preprocessing;

namespace OcrAsync.Core.Ocr;

/// <summary>Image fixes applied before or after a first recognition pass; each is kept only because it measured better (BENCHMARKS.md).</summary>
public sealed record OcrPreprocessingOptions
{
    /// <summary>Images narrower than this are scaled x2 first (small receipts: glyphs below Tesseract's ~20 px x-height sweet spot). 0 disables; unused when <see cref="TargetGlyphHeight"/> is set.</summary>
    [Range(0, 100_000)]
    public int UpscaleBelowWidth { get; set; } = 1500;

    /// <summary>The factor <see cref="UpscaleBelowWidth"/> enlarges a narrow image by (a page's first pass costs roughly in proportion to its pixels).</summary>
    [Range(1.0, 4.0)]
    public double UpscaleFactor { get; set; } = 2.0;

    /// <summary>
    /// A narrow image (<see cref="UpscaleBelowWidth"/>) whose median glyph height (connected components, a few ms on a
    /// narrow page) is at least this is read at its size: enlarging it quadruples the pixels that thresholding and layout
    /// analysis go through. 0 enlarges every narrow image. Read at their size alone, tall-text receipts lost two totals and
    /// a date on tuning seeds 1-3 (issue 17 sixth session); with <see cref="SecondReadOfMissingFields"/> reading such a page
    /// again enlarged when a key field is missing, 22 read as well or better than 0 on tuning seeds 2, 3 and 7 and on
    /// held-out seed 1150, at less CPU (BENCHMARKS.md, issue 14 "second read where a key field is missing" and integrator).
    /// </summary>
    [Range(0, 300)]
    public int UpscaleBelowGlyphHeight { get; set; } = 22;

    /// <summary>
    /// A page at least <see cref="DownscaleFromWidth"/> wide whose median glyph height is above this is scaled down to
    /// it first: thresholding and layout analysis cost in proportion to the pixels. 0 disables (the default: at 24 it
    /// saved 5–10 % of the CPU of 300 dpi pages but misread two fields more on tuning seed 3's; BENCHMARKS.md, issue 17
    /// fifth session). Unused when <see cref="TargetGlyphHeight"/> is set.
    /// </summary>
    [Range(0, 300)]
    public int MaxGlyphHeight { get; set; }

    /// <summary>Only images at least this wide have their glyphs measured for <see cref="MaxGlyphHeight"/> (the measurement costs ~10–30 ms on a large page).</summary>
    [Range(0, 100_000)]
    public int DownscaleFromWidth { get; set; } = 2000;

    /// <summary>Down-scale factors above this are not applied (the saving does not pay for the resampling).</summary>
    [Range(0.1, 1.0)]
    public double MaxDownscale { get; set; } = 0.85;

    /// <summary>Median glyph height (pixels, from connected components) to scale small text up to; 0 uses <see cref="UpscaleBelowWidth"/> instead.</summary>
    [Range(0, 200)]
    public int TargetGlyphHeight { get; set; }

    /// <summary>Scale factors below this are not applied (the gain does not pay for the time).</summary>
    [Range(1.0, 4.0)]
    public double MinUpscale { get; set; } = 1.3;

    /// <summary>The largest text-height scale factor.</summary>
    [Range(1.0, 4.0)]
    public double MaxUpscale { get; set; } = 2.0;

    /// <summary>When a page's mean confidence is below this, a second pass on a 3x3 median-filtered copy runs and the better pass wins. 0 disables.</summary>
    [Range(0.0, 1.0)]
    public double MedianPassBelowConfidence { get; set; } = 0.75;

    /// <summary>
    /// When the better pass read fewer words of 3+ letters or digits than this, the page is read again with adaptive
    /// Otsu (uneven light defeats the global threshold) and the pass with more such words wins. 0 disables.
    /// </summary>
    [Range(0, 1000)]
    public int SparsePassBelowWords { get; set; } = 12;

    /// <summary>Tesseract's page segmentation mode for every page.</summary>
    [EnumDataType(typeof(PageSegmentation))]
    public PageSegmentation PageSegmentation { get; set; } = PageSegmentation.Auto;

    /// <summary>
    /// Page segmentation for a tall page (a till receipt: at least <see cref="TallPageFromAspect"/> times as tall as
    /// wide), one column by nature; null (the default) uses <see cref="PageSegmentation"/>. Single column (psm 4) skips
    /// Tesseract's rule-line, image and column finding: on the tall receipts of tuning seeds 1-3 it read one number,
    /// total and vendor more and none less, but on sroie-dev's tall receipts two totals and two vendors fewer at the same
    /// CPU (BENCHMARKS.md, issue 17 sixth session), so it is off.
    /// </summary>
    [EnumDataType(typeof(PageSegmentation))]
    public PageSegmentation? TallPageSegmentation { get; set; }

    /// <summary>Height / width from which a page is tall for <see cref="TallPageSegmentation"/> (A4 is 1.41, till receipts 2.5 and more).</summary>
    [Range(1.0, 100.0)]
    public double TallPageFromAspect { get; set; } = 2.0;

    /// <summary>A page whose paper (median grey level) is darker than this is a <see cref="PageKind.Photo"/>: renders have white paper, photos and scans grey.</summary>
    [Range(0, 256)]
    public int PhotoBelowPaperLevel { get; set; } = 250;

    /// <summary>A page whose paper-to-ink contrast (grey levels) is below this is a <see cref="PageKind.Photo"/> (pale thermal print, grey paper).</summary>
    [Range(0, 256)]
    public int PhotoBelowContrast { get; set; } = 150;

    /// <summary>A page whose paper roughness (median grey-level distance of paper pixels from the paper level) reaches this is a <see cref="PageKind.Photo"/>.</summary>
    [Range(0.0, 255.0)]
    public double PhotoFromPaperRoughness { get; set; } = 2;

    /// <summary>Binarisation for <see cref="PageKind.Photo"/> pages; clean renders always get Tesseract's global Otsu.</summary>
    [EnumDataType(typeof(ThresholdingMethod))]
    public ThresholdingMethod PhotoThresholding { get; set; } = ThresholdingMethod.Otsu;

    /// <summary>Lines with a value-like word read below this confidence get a second, closer read. 0 disables.</summary>
    [Range(0.0, 1.0)]
    public double FieldPassBelowConfidence { get; set; }

    /// <summary>
    /// The same limit for <see cref="PageKind.Photo"/> pages (photographed or scanned receipts, whose small thermal digits
    /// OCR misreads); the higher of the two applies to them. 0 disables (the default: at 0.85 it read one more date and
    /// company on sroie-dev but misread one total that the first pass had right; BENCHMARKS.md, issue 14 receipts2).
    /// </summary>
    [Range(0.0, 1.0)]
    public double PhotoFieldPassBelowConfidence { get; set; }

    /// <summary>At most this many lines per page get the closer read.</summary>
    [Range(0, 50)]
    public int MaxFieldPasses { get; set; } = 4;

    /// <summary>Line height (pixels) a line crop is scaled to for the closer read.</summary>
    [Range(10, 200)]
    public int FieldPassLineHeight { get; set; } = 48;

    /// <summary>
    /// When a document's first page is a narrow photo (a till receipt) and the extractor found no invoice number, date or
    /// total, that page is read once more at the other scale (<see cref="SecondReadScale"/>) and the extractor fills the
    /// missing fields from that read; a value the first read gave is never replaced (Processing.KeyFieldReread).
    /// </summary>
    public bool SecondReadOfMissingFields { get; set; } = true;

    /// <summary>
    /// The scale of that second read; 0 (the default) reads at the scale the first read did not use: the page's own size
    /// after an enlarged first read, <see cref="UpscaleFactor"/> after a first read at its size
    /// (<see cref="UpscaleBelowGlyphHeight"/>).
    /// </summary>
    [Range(0.0, 4.0)]
    public double SecondReadScale { get; set; }
}

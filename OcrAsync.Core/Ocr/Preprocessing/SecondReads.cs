namespace OcrAsync.Core.Ocr.Preprocessing;

/// <summary>
/// Which pages a second read of missing fields may read again, and at what scale. Only narrow photo pages (till
/// receipts, photographed or scanned): the fields the extractor misses there are print OCR did not produce at the first
/// read's scale, and the other scale reads other pixels (read at its own size a receipt gains some fields and loses
/// others: BENCHMARKS.md, issue 17 sixth session). Wide pages are not read again: a second read of an A4 page costs a
/// whole page read, and their misses are layout, not print.
/// </summary>
public static class SecondReads
{
    /// <summary>
    /// Whether a page of this kind and width gets a second read at all: known from its first read, before the page is
    /// planned again (<see cref="Scale"/> may still decline one whose other scale is its own).
    /// </summary>
    public static bool MayRead(PageKind? kind, int width, OcrPreprocessingOptions options) =>
        options.SecondReadOfMissingFields && kind == PageKind.Photo && width < options.UpscaleBelowWidth;

    /// <summary>The scale of the second read, or null when <paramref name="plan"/>'s page gets none.</summary>
    public static double? Scale(PagePlan plan, int width, OcrPreprocessingOptions options)
    {
        if (!MayRead(plan.Kind, width, options))
        {
            return null;
        }

        var other = options.SecondReadScale > 0 ? options.SecondReadScale
            : plan.Scale > 1 ? 1
            : options.UpscaleFactor;
        return Math.Abs(other - plan.Scale) < 0.05 ? null : other;
    }
}

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
    /// Grey levels cubed before a closer read (the page's second read, the vendor line's, a photo's label regions): a faded
    /// band of thermal print, whose pale ink the first read thresholded away with the paper, stays ink. On tuning
    /// seeds 7, 11 and 23 it read 3 numbers, 4 dates and 1 total more that the first read had lost; the one total it lost
    /// was on a grainy page (<see cref="GrainFromRoughness"/>).
    /// </summary>
    public const double InkExponent = 3;

    /// <summary>
    /// Paper this rough (<see cref="GreyLevels.PaperRoughness"/>) is grain, which darkening turns into ink specks: such a
    /// page is read again as it is. On the tuning receipts grainy pages measure 9–11, mixed defects 3–7, every other page 0.
    /// </summary>
    public const double GrainFromRoughness = 8;

    public static bool IsGrainy(GreyLevels levels) => levels.PaperRoughness >= GrainFromRoughness;

    /// <summary>Whether the second read of a page with these grey levels darkens its ink (<see cref="InkExponent"/>).</summary>
    public static bool Darkens(GreyLevels levels) => !IsGrainy(levels);

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

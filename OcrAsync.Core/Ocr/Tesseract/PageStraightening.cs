using OcrAsync.Core.Ocr.Preprocessing;

namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>
/// Straightens a photographed or scanned page (<see cref="PageKind.Photo"/>) whose text lines are tilted by at least
/// <see cref="OcrPreprocessingOptions.StraightenFromDegrees"/>: on a tilted narrow receipt a label and its amount at the
/// right edge drift apart by more than a line height, and OCR loses one of them. The page keeps its size (rotated about
/// its centre, white corners), so every later read of it (second reads, line re-reads) straightens it the same way and
/// its boxes stay in one frame.
/// </summary>
internal static class PageStraightening
{
    /// <summary>Leptonica's own floor for a skew it trusts (MinValidConfidence in skew.c).</summary>
    private const float MinConfidence = 3;

    /// <summary>
    /// Sweep on the page halved and search at full size (pixFindSkew's defaults are 4 and 2): a narrow receipt reduced
    /// four times holds too few pixels for Leptonica to trust its angle (confidence 2.4-3.1 on generated receipts turned
    /// 1-2 degrees, 6-7 at these reductions), and the finder costs about a millisecond on a receipt either way.
    /// </summary>
    private const int SweepReduction = 2;

    private const int SearchReduction = 1;

    /// <summary>The straightened copy of <paramref name="decoded"/>, or null when it is left as it is (a render, a straight page, or the option off).</summary>
    public static PixHandle? Straighten(PixHandle decoded, OcrPreprocessingOptions options)
    {
        if (options.StraightenFromDegrees <= 0 || FindSkew(decoded, options) is not { } degrees || Math.Abs(degrees) < options.StraightenFromDegrees)
        {
            return null;
        }

        var rotated = Leptonica.PixRotate(decoded, (float)(degrees * Math.PI / 180), Leptonica.RotateAreaMap, Leptonica.BringInWhite, 0, 0);
        if (rotated.IsInvalid)
        {
            rotated.Dispose();
            return null;
        }

        Leptonica.PixSetResolution(rotated, Leptonica.PixGetXRes(decoded), Leptonica.PixGetYRes(decoded));
        return rotated;
    }

    /// <summary>The skew of a photo page in degrees, null for a clean render or when Leptonica finds none it trusts.</summary>
    internal static double? FindSkew(PixHandle decoded, OcrPreprocessingOptions options)
    {
        using var grey = Leptonica.Grey(decoded);
        if (grey.IsInvalid)
        {
            return null;
        }

        var levels = GreyLevels.FromHistogram(PixStatistics.Histogram(grey));
        if (PageClassifier.Classify(levels, options) != PageKind.Photo)
        {
            return null;
        }

        using var binary = Leptonica.PixConvertTo1(grey, (levels.Paper + levels.Ink + 1) / 2);
        return !binary.IsInvalid && Leptonica.PixFindSkewSweepAndSearch(binary, out var degrees, out var confidence, SweepReduction, SearchReduction, 7, 1, 0.01f) == 0 && confidence >= MinConfidence
            ? degrees
            : null;
    }
}

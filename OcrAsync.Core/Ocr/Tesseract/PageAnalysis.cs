namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>Plans a page from image statistics alone (a histogram and, when text-height scaling is on, connected components).</summary>
internal static class PageAnalysis
{
    /// <summary>Decodes <paramref name="encodedImage"/> and plans it (what the engine does before its first pass).</summary>
    public static PagePlan Plan(ReadOnlySpan<byte> encodedImage, OcrPreprocessingOptions options)
    {
        using var decoded = TesseractEngine.Decode(encodedImage);
        using var grey = Leptonica.Grey(decoded);
        return Plan(grey, Leptonica.PixGetWidth(decoded), options);
    }

    public static PagePlan Plan(PixHandle grey, int width, OcrPreprocessingOptions options)
    {
        if (grey.IsInvalid)
        {
            return new PagePlan(PageKind.CleanRender, new GreyLevels(255, 0, 0), null, NarrowImageScale(width, options));
        }

        var levels = GreyLevels.FromHistogram(PixStatistics.Histogram(grey));
        var kind = PageClassifier.Classify(levels, options);
        if (options.TargetGlyphHeight > 0)
        {
            var glyphHeight = MedianGlyphHeight(grey, levels);
            return new PagePlan(kind, levels, glyphHeight, TextScale.Factor(glyphHeight, options));
        }

        var narrow = NarrowImageScale(width, options);
        if (narrow != 1 && options.UpscaleBelowGlyphHeight > 0)
        {
            // A narrow page with text already tall enough (a 300 dpi receipt) gains nothing from the enlargement.
            var small = MedianGlyphHeight(grey, levels);
            return new PagePlan(kind, levels, small, small >= options.UpscaleBelowGlyphHeight ? 1 : narrow);
        }

        if (narrow != 1 || options.MaxGlyphHeight == 0 || width < options.DownscaleFromWidth)
        {
            return new PagePlan(kind, levels, null, narrow);
        }

        // A wide page: measured only here, so that large text (a 300 dpi scan of 12 pt type) can be read smaller.
        var large = MedianGlyphHeight(grey, levels);
        return new PagePlan(kind, levels, large, TextScale.DownscaleFactor(large, options));
    }

    private static double? MedianGlyphHeight(PixHandle grey, GreyLevels levels) =>
        TextScale.MedianGlyphHeight(PixStatistics.ComponentSizes(grey, (levels.Paper + levels.Ink + 1) / 2));

    /// <summary>
    /// The page segmentation for a page of this size read at <paramref name="scale"/>:
    /// <see cref="OcrPreprocessingOptions.EnlargedNarrowPageSegmentation"/> for an enlarged page narrower than
    /// <see cref="OcrPreprocessingOptions.EnlargedNarrowPageBelowWidth"/> (a till receipt read ×2),
    /// <see cref="OcrPreprocessingOptions.TallPageSegmentation"/> for a page at least
    /// <see cref="OcrPreprocessingOptions.TallPageFromAspect"/> times as tall as wide (a till receipt),
    /// <see cref="OcrPreprocessingOptions.PageSegmentation"/> otherwise.
    /// </summary>
    internal static PageSegmentation Segmentation(int width, int height, double scale, OcrPreprocessingOptions options) =>
        options.EnlargedNarrowPageSegmentation is { } enlarged && scale > 1 && width < options.EnlargedNarrowPageBelowWidth ? enlarged
        : options.TallPageSegmentation is { } tall && height >= options.TallPageFromAspect * width ? tall
        : options.PageSegmentation;

    /// <summary>The width rule: an image narrower than <see cref="OcrPreprocessingOptions.UpscaleBelowWidth"/> is enlarged by <see cref="OcrPreprocessingOptions.UpscaleFactor"/>.</summary>
    internal static double NarrowImageScale(int width, OcrPreprocessingOptions options) =>
        width < options.UpscaleBelowWidth ? options.UpscaleFactor : 1;
}

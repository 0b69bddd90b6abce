namespace OcrAsync.Core.Ocr.Preprocessing;

/// <summary>
/// How much to enlarge a page so its text reaches the height Tesseract reads best, from the heights of the page's
/// glyph-sized connected components (their median sits between x-height and cap height).
/// </summary>
public static class TextScale
{
    /// <summary>Components lower than this are specks, not glyphs.</summary>
    private const int MinGlyphHeight = 5;

    /// <summary>The median glyph height in pixels, or null when the page has too few glyph-like components to tell.</summary>
    public static double? MedianGlyphHeight(IEnumerable<(int Width, int Height)> components)
    {
        // Glyph-like: not a speck, not taller than a 72 pt letter at 300 dpi, not a rule or a table border.
        var heights = components
            .Where(c => c.Height is >= MinGlyphHeight and <= 300 && c.Width <= 3 * c.Height && c.Width * 8 >= c.Height)
            .Select(c => c.Height)
            .Order()
            .ToList();
        return heights.Count < 20 ? null : heights[heights.Count / 2];
    }

    /// <summary>
    /// The factor to scale by: target / median, capped at <see cref="OcrPreprocessingOptions.MaxUpscale"/>; 1 when the
    /// text is already tall enough, when the gain is under <see cref="OcrPreprocessingOptions.MinUpscale"/> (not worth
    /// the time), or when the height is unknown.
    /// </summary>
    public static double Factor(double? medianGlyphHeight, OcrPreprocessingOptions options)
    {
        if (medianGlyphHeight is not > 0 || options.TargetGlyphHeight == 0)
        {
            return 1;
        }

        var factor = Math.Min(options.TargetGlyphHeight / medianGlyphHeight.Value, options.MaxUpscale);
        return factor >= options.MinUpscale ? factor : 1;
    }

    /// <summary>
    /// The factor to scale large text down by: <see cref="OcrPreprocessingOptions.MaxGlyphHeight"/> / median when that
    /// is at most <see cref="OcrPreprocessingOptions.MaxDownscale"/>; 1 when the text is not that large, when the height
    /// is unknown or when down-scaling is off.
    /// </summary>
    public static double DownscaleFactor(double? medianGlyphHeight, OcrPreprocessingOptions options)
    {
        if (medianGlyphHeight is not > 0 || options.MaxGlyphHeight == 0)
        {
            return 1;
        }

        var factor = options.MaxGlyphHeight / medianGlyphHeight.Value;
        return factor <= options.MaxDownscale ? factor : 1;
    }
}

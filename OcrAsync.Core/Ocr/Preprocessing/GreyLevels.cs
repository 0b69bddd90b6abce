namespace OcrAsync.Core.Ocr.Preprocessing;

/// <summary>
/// A page's grey levels in three numbers, read from its 256-bin histogram: the paper (median level), the ink (the darkest
/// tenth of the pixels clearly darker than the paper, so it does not depend on how much text the page holds) and how
/// rough the paper is (median distance of paper pixels from the paper level). A render has flat white paper and dark
/// ink; a photo or scan has grey or grainy paper, and a thermal receipt pale ink.
/// </summary>
public sealed record GreyLevels(int Paper, int Ink, double PaperRoughness)
{
    /// <summary>Pixels at least this much darker than the paper count as ink (grain and JPEG ringing stay above).</summary>
    private const int InkMargin = 40;

    public int Contrast => Paper - Ink;

    public static GreyLevels FromHistogram(ReadOnlySpan<long> histogram)
    {
        if (histogram.Length != 256)
        {
            throw new ArgumentException("A grey histogram has 256 bins.", nameof(histogram));
        }

        long total = 0;
        foreach (var count in histogram)
        {
            total += count;
        }

        if (total == 0)
        {
            return new GreyLevels(255, 255, 0);
        }

        var paper = Percentile(histogram, total, 0.5);
        var darkLevels = Math.Max(0, paper - InkMargin);
        long dark = 0;
        for (var level = 0; level < darkLevels; level++)
        {
            dark += histogram[level];
        }

        var ink = dark == 0 ? paper : Percentile(histogram[..darkLevels], dark, 0.1);

        // Paper pixels: within a quarter of the contrast of the paper level; their median distance from it.
        var reach = Math.Max(8, (paper - ink) / 4);
        Span<long> distances = stackalloc long[256];
        long paperPixels = 0;
        for (var level = Math.Max(0, paper - reach); level <= Math.Min(255, paper + reach); level++)
        {
            distances[Math.Abs(level - paper)] += histogram[level];
            paperPixels += histogram[level];
        }

        return new GreyLevels(paper, ink, Percentile(distances, paperPixels, 0.5));
    }

    /// <summary>The lowest level at or below which <paramref name="share"/> of the pixels lie.</summary>
    private static int Percentile(ReadOnlySpan<long> histogram, long total, double share)
    {
        var wanted = Math.Max(1, (long)Math.Ceiling(total * share));
        long seen = 0;
        for (var level = 0; level < histogram.Length; level++)
        {
            seen += histogram[level];
            if (seen >= wanted)
            {
                return level;
            }
        }

        return histogram.Length - 1;
    }
}

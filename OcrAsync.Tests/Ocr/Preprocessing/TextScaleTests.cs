namespace OcrAsync.Tests.Ocr.Preprocessing;

public sealed class TextScaleTests
{
    private static readonly OcrPreprocessingOptions Options = new() { TargetGlyphHeight = 30, MinUpscale = 1.3, MaxUpscale = 2 };

    [Fact]
    public void Median_ignores_specks_rules_and_lines()
    {
        var glyphs = Enumerable.Repeat((Width: 10, Height: 15), 30);
        var specks = Enumerable.Repeat((Width: 2, Height: 2), 200);
        var rules = Enumerable.Repeat((Width: 1500, Height: 3), 10).Concat(Enumerable.Repeat((Width: 2, Height: 900), 10));

        Assert.Equal(15, TextScale.MedianGlyphHeight(glyphs.Concat(specks).Concat(rules)));
    }

    [Fact]
    public void Too_few_glyphs_give_no_height()
    {
        Assert.Null(TextScale.MedianGlyphHeight(Enumerable.Repeat((Width: 10, Height: 15), 19)));
    }

    [Theory]
    [InlineData(10.0, 2.0)]  // 3x wanted, capped at 2.
    [InlineData(20.0, 1.5)]  // 1.5x: worth it.
    [InlineData(25.0, 1.0)]  // 1.2x: under the minimum gain, not worth the time.
    [InlineData(40.0, 1.0)]  // Already tall: never shrunk.
    public void Factor_reaches_for_the_target_within_the_bounds(double glyphHeight, double expected)
    {
        Assert.Equal(expected, TextScale.Factor(glyphHeight, Options), precision: 3);
    }

    [Fact]
    public void Unknown_height_or_no_target_means_no_scaling()
    {
        Assert.Equal(1, TextScale.Factor(null, Options));
        Assert.Equal(1, TextScale.Factor(10, Options with { TargetGlyphHeight = 0 }));
    }

    [Theory]
    [InlineData(60.0, 0.5)]   // Twice the limit: halved.
    [InlineData(40.0, 0.75)]  // Under the largest factor worth the resampling.
    [InlineData(33.0, 1.0)]   // 0.91: not worth it.
    [InlineData(20.0, 1.0)]   // Small text: never shrunk.
    public void Downscale_factor_brings_large_text_to_the_limit(double glyphHeight, double expected)
    {
        var options = new OcrPreprocessingOptions { MaxGlyphHeight = 30, MaxDownscale = 0.85 };

        Assert.Equal(expected, TextScale.DownscaleFactor(glyphHeight, options), precision: 3);
    }

    [Fact]
    public void Unknown_height_or_no_limit_means_no_downscaling()
    {
        Assert.Equal(1, TextScale.DownscaleFactor(null, new OcrPreprocessingOptions { MaxGlyphHeight = 30 }));
        Assert.Equal(1, TextScale.DownscaleFactor(90, new OcrPreprocessingOptions { MaxGlyphHeight = 0 }));
    }
}

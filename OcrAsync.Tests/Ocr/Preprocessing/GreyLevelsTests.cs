namespace OcrAsync.Tests.Ocr.Preprocessing;

public sealed class GreyLevelsTests
{
    private static readonly OcrPreprocessingOptions Options = new() { PhotoBelowContrast = 150, PhotoFromPaperRoughness = 2 };

    [Fact]
    public void Paper_is_the_median_level_and_ink_the_darkest_percent()
    {
        var histogram = new long[256];
        histogram[255] = 9_000;
        histogram[128] = 700;
        histogram[10] = 300;

        var levels = GreyLevels.FromHistogram(histogram);

        Assert.Equal(255, levels.Paper);
        Assert.Equal(10, levels.Ink);
        Assert.Equal(0, levels.PaperRoughness);
        Assert.Equal(PageKind.CleanRender, PageClassifier.Classify(levels, Options));
    }

    [Fact]
    public void Grain_around_the_paper_level_is_roughness()
    {
        var histogram = new long[256];
        for (var level = 230; level <= 250; level++)
        {
            histogram[level] = 500; // Paper 240 +- 10, evenly spread: median distance 5.
        }

        histogram[20] = 1_000;

        var levels = GreyLevels.FromHistogram(histogram);

        Assert.InRange(levels.Paper, 238, 242);
        Assert.InRange(levels.PaperRoughness, 4, 6);
        Assert.Equal(PageKind.Photo, PageClassifier.Classify(levels, Options));
    }

    [Fact]
    public void Pale_ink_is_low_contrast_even_on_flat_paper()
    {
        var histogram = new long[256];
        histogram[250] = 9_000;
        histogram[140] = 1_000;

        var levels = GreyLevels.FromHistogram(histogram);

        Assert.Equal(110, levels.Contrast);
        Assert.Equal(PageKind.Photo, PageClassifier.Classify(levels, Options));
    }
}

namespace OcrAsync.Tests.Ocr.Preprocessing;

/// <summary>Which pages get a second read of their missing fields, and at which scale.</summary>
public sealed class SecondReadsTests
{
    private static readonly OcrPreprocessingOptions Defaults = new();
    private static readonly GreyLevels Grey = new(230, 90, 3);

    [Fact]
    public void A_narrow_photo_read_enlarged_is_read_again_at_its_own_size() =>
        Assert.Equal(1, SecondReads.Scale(new PagePlan(PageKind.Photo, Grey, null, 2), 700, Defaults));

    [Fact]
    public void A_narrow_photo_read_at_its_size_because_its_text_is_tall_is_read_again_enlarged() =>
        Assert.Equal(2, SecondReads.Scale(new PagePlan(PageKind.Photo, Grey, 24, 1), 700, Defaults with { UpscaleBelowGlyphHeight = 20 }));

    [Fact]
    public void A_set_scale_is_used_unless_it_is_the_first_reads()
    {
        Assert.Equal(3, SecondReads.Scale(new PagePlan(PageKind.Photo, Grey, null, 2), 700, Defaults with { SecondReadScale = 3 }));
        Assert.Null(SecondReads.Scale(new PagePlan(PageKind.Photo, Grey, null, 2), 700, Defaults with { SecondReadScale = 2 }));
    }

    [Theory]
    [InlineData(PageKind.CleanRender, 700)] // a render: its misses are not print
    [InlineData(PageKind.Photo, 2480)] // a wide page: a second read would cost a whole A4 read
    public void Clean_renders_and_wide_pages_are_not_read_again(PageKind kind, int width) =>
        Assert.Null(SecondReads.Scale(new PagePlan(kind, Grey, null, width < 1500 ? 2 : 1), width, Defaults));

    [Fact]
    public void Off_reads_nothing_again() =>
        Assert.Null(SecondReads.Scale(new PagePlan(PageKind.Photo, Grey, null, 2), 700, Defaults with { SecondReadOfMissingFields = false }));

    [Theory]
    [InlineData(0, true)]  // a clean or faded print: its pale ink is darkened
    [InlineData(5, true)]  // mild defects
    [InlineData(10, false)] // grain: darkened it would turn to specks
    public void The_second_read_darkens_ink_unless_the_paper_is_grainy(double roughness, bool darkens)
    {
        var levels = new GreyLevels(240, 90, roughness);

        Assert.Equal(darkens, SecondReads.Darkens(levels));
        Assert.Equal(!darkens, SecondReads.IsGrainy(levels)); // a grainy label region is median-filtered instead
    }
}

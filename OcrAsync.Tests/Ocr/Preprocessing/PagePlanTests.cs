namespace OcrAsync.Tests.Ocr.Preprocessing;

public sealed class PagePlanTests
{
    private static readonly OcrPreprocessingOptions Options = new() { TargetGlyphHeight = 30 };

    [Fact]
    public void A_clean_render_is_classified_as_a_clean_render()
    {
        var plan = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 32), Options);

        Assert.Equal(PageKind.CleanRender, plan.Kind);
        Assert.Equal(255, plan.Levels.Paper);
        Assert.True(plan.Levels.Ink < 40, $"ink {plan.Levels.Ink}");
        Assert.Equal(0, plan.Levels.PaperRoughness);
    }

    [Fact]
    public void Pale_ink_on_grainy_grey_paper_is_classified_as_a_photo()
    {
        var plan = PageAnalysis.Plan(ReceiptImages.Photo(textPixels: 32), Options);

        Assert.Equal(PageKind.Photo, plan.Kind);
        Assert.InRange(plan.Levels.Paper, 210, 240);
        Assert.True(plan.Levels.Contrast < Options.PhotoBelowContrast, $"contrast {plan.Levels.Contrast}");
    }

    [Fact]
    public void A_compressed_jpeg_of_a_render_stays_a_clean_render_because_its_paper_stays_flat()
    {
        // JPEG rings around glyphs but keeps flat white areas flat: Tesseract's global threshold still fits.
        var plan = PageAnalysis.Plan(ReceiptImages.Jpeg(textPixels: 32, quality: 20), Options);

        Assert.Equal(PageKind.CleanRender, plan.Kind);
        Assert.True(plan.Levels.Paper >= 250, $"paper {plan.Levels.Paper}");
        Assert.True(plan.Levels.PaperRoughness < Options.PhotoFromPaperRoughness, $"roughness {plan.Levels.PaperRoughness}");
    }

    [Fact]
    public void Small_text_is_measured_and_scaled_up_towards_the_target_height()
    {
        var plan = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 16), Options);

        Assert.NotNull(plan.GlyphHeight);
        Assert.InRange(plan.GlyphHeight.Value, 8, 15); // Glyphs of a 16 px font: x-height ~9, caps and digits ~12.
        Assert.InRange(plan.Scale, 2.0, Options.MaxUpscale); // 30 / ~11 is above the cap, so the cap applies.
    }

    [Fact]
    public void Text_already_tall_enough_is_not_scaled()
    {
        var plan = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 44), Options);

        Assert.True(plan.GlyphHeight > 25, $"glyph height {plan.GlyphHeight}");
        Assert.Equal(1, plan.Scale);
    }

    [Fact]
    public void Without_a_target_height_images_narrower_than_the_limit_are_doubled()
    {
        // The width rule alone: without the glyph-height limit, which reads this tall text at its size.
        var narrow = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 44), new OcrPreprocessingOptions { UpscaleBelowWidth = 1500, UpscaleBelowGlyphHeight = 0 });
        var wide = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 44), new OcrPreprocessingOptions { UpscaleBelowWidth = 100, UpscaleBelowGlyphHeight = 0 });

        Assert.Equal(2, narrow.Scale);
        Assert.Equal(1, wide.Scale);
        Assert.Null(narrow.GlyphHeight);
    }

    [Fact]
    public void Without_a_target_height_narrow_images_are_enlarged_by_the_configured_factor()
    {
        var options = new OcrPreprocessingOptions { UpscaleBelowWidth = 1500, UpscaleFactor = 1.5, UpscaleBelowGlyphHeight = 0 };

        var narrow = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 44), options);
        var wide = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 44), options with { UpscaleBelowWidth = 100 });

        Assert.Equal(1.5, narrow.Scale);
        Assert.Equal(1, wide.Scale);
    }

    [Fact]
    public void Large_text_on_a_wide_page_is_measured_and_scaled_down_to_the_limit()
    {
        // 80 px type on a 1120 px wide image: glyphs of ~45-60 px, so about half of them reach the limit of 24.
        var options = new OcrPreprocessingOptions { MaxGlyphHeight = 24, DownscaleFromWidth = 1000, UpscaleBelowWidth = 0 };

        var plan = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 80), options);

        Assert.NotNull(plan.GlyphHeight);
        Assert.True(plan.GlyphHeight > 40, $"glyph height {plan.GlyphHeight}");
        Assert.Equal(24 / plan.GlyphHeight.Value, plan.Scale, precision: 6);
    }

    [Fact]
    public void Pages_narrower_than_the_downscale_width_or_with_small_text_are_read_at_their_size()
    {
        var options = new OcrPreprocessingOptions { MaxGlyphHeight = 24, DownscaleFromWidth = 1000, UpscaleBelowWidth = 0 };

        var narrow = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 80), options with { DownscaleFromWidth = 2000 });
        var smallText = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 80), options with { MaxGlyphHeight = 60 });

        Assert.Null(narrow.GlyphHeight); // Not even measured: the measurement costs time on every wide page.
        Assert.Equal(1, narrow.Scale);
        Assert.NotNull(smallText.GlyphHeight);
        Assert.Equal(1, smallText.Scale);
    }

    [Fact]
    public void A_narrow_image_whose_text_is_already_tall_is_read_at_its_size()
    {
        // 44 px type: glyphs of ~25-33 px, above the limit of 22; a 16 px type (glyphs ~9-12 px) stays below it.
        var options = new OcrPreprocessingOptions { UpscaleBelowWidth = 1500, UpscaleBelowGlyphHeight = 22 };

        var tall = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 44), options);
        var small = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 16), options);

        Assert.True(tall.GlyphHeight >= 22, $"glyph height {tall.GlyphHeight}");
        Assert.Equal(1, tall.Scale);
        Assert.True(small.GlyphHeight < 22, $"glyph height {small.GlyphHeight}");
        Assert.Equal(2, small.Scale);
    }

    [Fact]
    public void Without_a_glyph_limit_or_on_a_wide_image_the_glyphs_are_not_measured_for_the_enlargement()
    {
        var options = new OcrPreprocessingOptions { UpscaleBelowWidth = 1500, UpscaleBelowGlyphHeight = 22 };

        var noLimit = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 44), options with { UpscaleBelowGlyphHeight = 0 });
        var wide = PageAnalysis.Plan(ReceiptImages.Clean(textPixels: 44), options with { UpscaleBelowWidth = 100 });

        Assert.Equal(2, noLimit.Scale);
        Assert.Null(noLimit.GlyphHeight);
        Assert.Equal(1, wide.Scale);
        Assert.Null(wide.GlyphHeight);
    }

    [Theory]
    [InlineData(685, 1931, PageSegmentation.SingleColumn)] // a 58 mm till receipt at 300 dpi
    [InlineData(456, 912, PageSegmentation.SingleColumn)] // exactly twice as tall as wide
    [InlineData(944, 1290, PageSegmentation.Auto)] // a short 80 mm receipt
    [InlineData(1239, 1754, PageSegmentation.Auto)] // A4 at 150 dpi
    [InlineData(3508, 2479, PageSegmentation.Auto)] // A4 landscape
    public void A_tall_narrow_page_gets_the_tall_page_segmentation(int width, int height, PageSegmentation expected)
    {
        var options = new OcrPreprocessingOptions { TallPageSegmentation = PageSegmentation.SingleColumn, TallPageFromAspect = 2.0 };

        Assert.Equal(expected, PageAnalysis.Segmentation(width, height, 1, options));
    }

    [Fact]
    public void Without_a_tall_page_segmentation_every_page_gets_the_configured_one()
    {
        var options = new OcrPreprocessingOptions { TallPageSegmentation = null, PageSegmentation = PageSegmentation.SingleBlock };

        Assert.Equal(PageSegmentation.SingleBlock, PageAnalysis.Segmentation(685, 1931, 1, options));
        Assert.Equal(PageSegmentation.SingleBlock, PageAnalysis.Segmentation(2479, 3508, 1, options));
    }

    [Theory]
    [InlineData(629, 1019, 2.0, PageSegmentation.SingleBlock)] // an 80 mm receipt at 200 dpi, read ×2
    [InlineData(342, 693, 2.0, PageSegmentation.SingleBlock)] // a 58 mm receipt at 150 dpi, read ×2
    [InlineData(944, 1555, 2.0, PageSegmentation.SingleBlock)] // an 80 mm receipt at 300 dpi with small text, read ×2
    [InlineData(1239, 1754, 2.0, PageSegmentation.Auto)] // A4 at 150 dpi, read ×2: columns and label blocks need the layout
    [InlineData(685, 1931, 1.0, PageSegmentation.Auto)] // a receipt with tall text, read at its size
    [InlineData(2479, 3508, 1.0, PageSegmentation.Auto)] // A4 at 300 dpi
    public void An_enlarged_receipt_is_read_as_one_block(int width, int height, double scale, PageSegmentation expected)
    {
        var options = new OcrPreprocessingOptions { EnlargedNarrowPageSegmentation = PageSegmentation.SingleBlock };

        Assert.Equal(expected, PageAnalysis.Segmentation(width, height, scale, options));
    }

    [Fact]
    public void By_default_an_enlarged_receipt_gets_the_configured_page_segmentation()
    {
        var options = new OcrPreprocessingOptions();

        Assert.Null(options.EnlargedNarrowPageSegmentation);
        Assert.Equal(PageSegmentation.Auto, PageAnalysis.Segmentation(629, 1019, 2, options));
    }

    [Fact]
    public void The_enlarged_receipt_rule_comes_before_the_tall_page_rule_and_can_be_turned_off()
    {
        var tall = new OcrPreprocessingOptions { TallPageSegmentation = PageSegmentation.SingleColumn, EnlargedNarrowPageSegmentation = PageSegmentation.SingleBlock };

        Assert.Equal(PageSegmentation.SingleBlock, PageAnalysis.Segmentation(456, 1051, 2, tall));
        Assert.Equal(PageSegmentation.SingleColumn, PageAnalysis.Segmentation(456, 1051, 1, tall));
        Assert.Equal(PageSegmentation.SingleColumn, PageAnalysis.Segmentation(456, 1051, 2, tall with { EnlargedNarrowPageSegmentation = null }));
        Assert.Equal(PageSegmentation.Auto, PageAnalysis.Segmentation(629, 1019, 2, tall with { EnlargedNarrowPageBelowWidth = 0 }));
    }
}

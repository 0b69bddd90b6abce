namespace OcrAsync.Tests.Processing;

/// <summary>Text printed inside an image drawn on a text-layer page (a letterhead logo) is OCR'd into the page.</summary>
public sealed class PdfImageTextTests(TesseractEngineFixture fixture) : IClassFixture<TesseractEngineFixture>
{
    private const string Issuer = "Quillfeather Optics Ltd";

    /// <summary>The invoice's text layer without the issuer's name, which only its letterhead picture shows.</summary>
    private static readonly InvoiceSpec Unnamed = SampleInvoices.English("INV-2024-0042") with { VendorName = "" };

    private static readonly SKRect Letterhead = new(60, 50, 400, 82);

    [Fact]
    public async Task The_issuer_named_only_in_a_letterhead_image_is_read_from_the_image()
    {
        var recognizer = new CountingRecognizer(fixture.Engine);
        var pdf = PdfBuilder.Create(Both(PdfBuilder.TextPage(Unnamed), PdfBuilder.TextImage(Issuer, Letterhead)));

        var result = await PipelineFactory.Create(recognizer).RunAsync(pdf, 0.7, null, CancellationToken.None);

        Assert.Equal(1, recognizer.Calls); // The letterhead alone, not the page.
        Assert.Equal(Issuer, result.Invoice.VendorName);
        Assert.Equal("INV-2024-0042", result.Invoice.InvoiceNumber); // Still the text layer's.
        var page = Assert.Single(result.Pages);
        Assert.Equal(PageSource.TextLayer, page.Source);
        var read = Assert.Single(page.Lines, l => l.Source == PageSource.Ocr);
        Assert.Equal(Issuer, read.Text);
        Assert.InRange(read.Confidence, 0.6, 0.99);
        // In page pixels (300 dpi): the picture starts 60 pt from the left and 50 pt from the top.
        Assert.InRange(read.Box.X, 250, 300);
        Assert.InRange(read.Box.Y, 208, 260);
        Assert.Equal(page.Lines.OrderBy(l => l.Box.Y + l.Box.Height / 2).Select(l => l.Text), page.Lines.Select(l => l.Text));
        Assert.All(page.Lines.Where(l => l != read), l => Assert.Equal((PageSource.TextLayer, 1.0), (l.Source, l.Confidence)));
    }

    [Fact]
    public async Task A_logo_that_repeats_the_text_layers_name_does_not_replace_it()
    {
        var recognizer = new CountingRecognizer(fixture.Engine);
        var named = SampleInvoices.English("INV-2024-0042");
        var pdf = PdfBuilder.Create(Both(PdfBuilder.TextPage(named), PdfBuilder.TextImage("Northwind", new SKRect(60, 20, 250, 52))));

        var result = await PipelineFactory.Create(recognizer).RunAsync(pdf, 0.7, null, CancellationToken.None);

        Assert.Equal(1, recognizer.Calls);
        Assert.Equal(named.VendorName, result.Invoice.VendorName);
        Assert.All(Assert.Single(result.Pages).Lines, l => Assert.Equal(PageSource.TextLayer, l.Source));
    }

    [Fact]
    public async Task A_text_layer_page_with_only_a_small_icon_is_not_ocrd()
    {
        var recognizer = new CountingRecognizer(fixture.Engine);
        var pdf = PdfBuilder.Create(Both(PdfBuilder.TextPage(Unnamed), PdfBuilder.TextImage("Qu", new SKRect(480, 760, 500, 780))));

        var result = await PipelineFactory.Create(recognizer).RunAsync(pdf, 0.7, null, CancellationToken.None);

        Assert.Equal(0, recognizer.Calls);
        Assert.All(Assert.Single(result.Pages).Lines, l => Assert.Equal(PageSource.TextLayer, l.Source));
    }

    [Fact]
    public async Task A_picture_without_text_adds_no_lines()
    {
        var recognizer = new CountingRecognizer(fixture.Engine);
        var plain = await PipelineFactory.Create(recognizer).RunAsync(PdfBuilder.Create(PdfBuilder.TextPage(Unnamed)), 0.7, null, CancellationToken.None);
        var pdf = PdfBuilder.Create(Both(PdfBuilder.TextPage(Unnamed), Shading(new SKRect(300, 600, 535, 760))));

        var result = await PipelineFactory.Create(recognizer).RunAsync(pdf, 0.7, null, CancellationToken.None);

        Assert.Equal(1, recognizer.Calls);
        Assert.Equal(plain.Text, result.Text);
    }

    [Fact]
    public void Image_areas_are_the_pictures_that_can_hold_a_line_of_text_in_page_pixels()
    {
        var pdf = PdfBuilder.Create(
            Both(PdfBuilder.TextPage(Unnamed), PdfBuilder.TextImage(Issuer, Letterhead)),
            Both(PdfBuilder.TextPage(Unnamed), PdfBuilder.TextImage("Qu", new SKRect(480, 760, 500, 780))),
            PdfBuilder.ScannedPage(Unnamed),
            PdfBuilder.TextPage(Unnamed));

        var pages = PdfTextLayer.Read(pdf, new DocumentLimitsOptions(), CancellationToken.None);

        var area = Assert.Single(pages[0]!.ImageAreas);
        Assert.Equal((242, 200, 1433, 150), (area.X, area.Y, area.Width, area.Height), new ApproximateBox(3));
        Assert.Empty(pages[1]!.ImageAreas); // Too small for a line of print.
        Assert.Null(pages[2]); // A scan: OCR'd whole.
        Assert.Empty(pages[3]!.ImageAreas);
    }

    private static Action<SKCanvas> Both(Action<SKCanvas> first, Action<SKCanvas> second) => canvas =>
    {
        first(canvas);
        second(canvas);
    };

    /// <summary>A smooth grey gradient as a picture: an image without print, like a photo's sky.</summary>
    private static Action<SKCanvas> Shading(SKRect area) => canvas =>
    {
        using var surface = SKSurface.Create(new SKImageInfo(400, 300, SKColorType.Gray8, SKAlphaType.Opaque));
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(400, 300), [SKColors.LightGray, SKColors.DimGray], SKShaderTileMode.Clamp),
        };
        surface.Canvas.DrawRect(0, 0, 400, 300, paint);
        using var image = surface.Snapshot();
        canvas.DrawImage(image, area, new SKSamplingOptions(SKFilterMode.Linear));
    };

    private sealed class ApproximateBox(int tolerance) : IEqualityComparer<(int, int, int, int)>
    {
        public bool Equals((int, int, int, int) x, (int, int, int, int) y) =>
            Math.Abs(x.Item1 - y.Item1) <= tolerance && Math.Abs(x.Item2 - y.Item2) <= tolerance
            && Math.Abs(x.Item3 - y.Item3) <= tolerance && Math.Abs(x.Item4 - y.Item4) <= tolerance;

        public int GetHashCode((int, int, int, int) obj) => 0;
    }
}

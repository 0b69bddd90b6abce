namespace OcrAsync.Tests.Processing;

public sealed class ImagePipelineTests(TesseractEngineFixture fixture) : IClassFixture<TesseractEngineFixture>
{
    [Fact]
    public async Task Every_page_of_a_multipage_tiff_is_recognised_in_order()
    {
        string[] numbers = ["INV-3000-001", "INV-3000-002", "INV-3000-003"];
        var tiff = TestImages.MultipageTiff(
            numbers.Select(n => TestImages.GreyPage(InvoiceImageRenderer.RenderPng(SampleInvoices.English(n), dpi: 200))).ToList());
        var recognizer = new CountingRecognizer(fixture.Engine);
        var progress = new List<int>();

        var result = await PipelineFactory.Create(recognizer).RunAsync(tiff, 0.7, (page, pages, _) =>
        {
            Assert.Equal(3, pages);
            progress.Add(page);
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(3, result.PageCount);
        Assert.Equal(3, recognizer.Calls);
        Assert.Equal([1, 2, 3], progress);
        var pages = result.Text.Split("\n\f\n");
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains(numbers[i], pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_png_whose_header_claims_100000_by_100000_is_rejected_without_decoding()
    {
        var png = TestImages.PngClaiming(100_000, 100_000);
        Assert.True(png.Length < 1024);
        var recognizer = new CountingRecognizer(fixture.Engine);

        var error = await Assert.ThrowsAsync<DocumentLimitExceededException>(
            () => PipelineFactory.Create(recognizer).RunAsync(png, 0.7, null, CancellationToken.None));

        Assert.Equal("The image is 100000 x 100000 pixels (10000 megapixels); the limit is 50 megapixels.", error.Message);
        Assert.Equal(0, recognizer.Calls);
    }

    [Fact]
    public async Task A_png_within_the_limit_is_recognised()
    {
        var png = InvoiceImageRenderer.RenderPng(SampleInvoices.English("INV-3000-777"), dpi: 200);
        var recognizer = new CountingRecognizer(fixture.Engine);

        var result = await PipelineFactory.Create(recognizer).RunAsync(png, 0.7, null, CancellationToken.None);

        Assert.Equal(1, recognizer.Calls);
        Assert.Equal("INV-3000-777", result.Invoice.InvoiceNumber);
    }

    [Fact]
    public async Task A_tiff_whose_second_page_is_too_large_is_rejected_before_any_page_is_ocrd()
    {
        var small = TestImages.GreyPage(InvoiceImageRenderer.RenderPng(SampleInvoices.English(), dpi: 100));
        var tiff = TestImages.MultipageTiff([small, (20_000, 20_000, null)]);
        var recognizer = new CountingRecognizer(fixture.Engine);

        var error = await Assert.ThrowsAsync<DocumentLimitExceededException>(
            () => PipelineFactory.Create(recognizer).RunAsync(tiff, 0.7, null, CancellationToken.None));

        Assert.Equal("TIFF page 2 is 20000 x 20000 pixels (400 megapixels); the limit is 50 megapixels.", error.Message);
        Assert.Equal(0, recognizer.Calls);
    }

    [Fact]
    public async Task A_tiff_with_more_pages_than_the_limit_is_rejected()
    {
        var page = (10, 10, (byte[]?)new byte[100]);
        var tiff = TestImages.MultipageTiff([page, page, page]);

        var error = await Assert.ThrowsAsync<DocumentLimitExceededException>(
            () => PipelineFactory.Create(new CountingRecognizer(fixture.Engine), new() { MaxPages = 2 }).RunAsync(tiff, 0.7, null, CancellationToken.None));

        Assert.Equal("The TIFF has more than 2 pages; the limit is 2.", error.Message);
    }
}

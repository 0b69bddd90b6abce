namespace OcrAsync.Tests.Ocr;

public sealed class TesseractEngineTests(TesseractEngineFixture fixture) : IClassFixture<TesseractEngineFixture>
{
    private static readonly InvoiceSpec Invoice = SampleInvoices.English();
    private static readonly byte[] Png = InvoiceImageRenderer.RenderPng(Invoice);

    [Fact]
    public void Reads_invoice_number_and_total_from_a_clean_render()
    {
        var result = fixture.Engine.Recognize(Png, pageNumber: 1, CancellationToken.None);

        Assert.Equal(1, result.PageNumber);
        Assert.Contains(Invoice.InvoiceNumber, result.Text, StringComparison.Ordinal);
        Assert.Contains($"Total: {InvoiceImageRenderer.Money(Invoice.Total)} USD", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_is_a_fraction_and_high_on_a_clean_render()
    {
        var result = fixture.Engine.Recognize(Png, 1, CancellationToken.None);

        Assert.InRange(result.Confidence, 0.85, 1.0);
        Assert.All(result.Lines, line => Assert.InRange(line.Confidence, 0.0, 1.0));
    }

    [Fact]
    public void Lines_have_bounding_boxes_inside_the_page()
    {
        var result = fixture.Engine.Recognize(Png, 1, CancellationToken.None);

        Assert.Equal((int)(8.27 * 300), result.Width);
        Assert.Equal((int)(11.69 * 300), result.Height);
        Assert.True(result.Lines.Count >= 10, $"Expected at least 10 lines, got {result.Lines.Count}.");
        Assert.All(result.Lines, line =>
        {
            Assert.InRange(line.Box.X, 0, result.Width - 1);
            Assert.InRange(line.Box.Y, 0, result.Height - 1);
            Assert.InRange(line.Box.Width, 1, result.Width - line.Box.X);
            Assert.InRange(line.Box.Height, 1, result.Height - line.Box.Y);
        });

        // The number line is in the top quarter, left half, as drawn.
        var numberLine = Assert.Single(result.Lines, l => l.Text.Contains(Invoice.InvoiceNumber, StringComparison.Ordinal));
        Assert.True(numberLine.Box.Y < result.Height / 4 && numberLine.Box.X < result.Width / 2, numberLine.ToString());
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 })] // Truncated PNG.
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 })] // "%PDF-1.7": not an image.
    [InlineData(new byte[] { })]
    public void Corrupt_bytes_throw_UnreadableDocumentException_and_the_engine_keeps_working(byte[] corrupt)
    {
        var ex = Assert.Throws<UnreadableDocumentException>(() => fixture.Engine.Recognize(corrupt, 1, CancellationToken.None));
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));

        var result = fixture.Engine.Recognize(Png, 2, CancellationToken.None);
        Assert.Contains(Invoice.InvoiceNumber, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_after_a_valid_png_signature_is_unreadable()
    {
        var corrupt = Png[..200].Concat(new byte[5000]).ToArray();

        Assert.Throws<UnreadableDocumentException>(() => fixture.Engine.Recognize(corrupt, 1, CancellationToken.None));
    }

    [Fact]
    public void A_cancelled_token_stops_recognition()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => fixture.Engine.Recognize(Png, 1, cts.Token));
    }
}

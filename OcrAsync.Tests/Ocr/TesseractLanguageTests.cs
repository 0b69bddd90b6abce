namespace OcrAsync.Tests.Ocr;

public sealed class TesseractLanguageTests
{
    [Fact]
    public void Vietnamese_engine_keeps_diacritics()
    {
        using var engine = new TesseractEngine(null, "eng+vie");
        var png = InvoiceImageRenderer.RenderPng(SampleInvoices.Vietnamese());

        var text = engine.Recognize(png, 1, CancellationToken.None).Text.Normalize(NormalizationForm.FormC);

        Assert.Contains("Hóa đơn", text, StringComparison.Ordinal);
        Assert.Contains("Tổng cộng", text, StringComparison.Ordinal);
        Assert.Contains("HD-0815", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_language_fails_with_a_message_naming_language_and_path()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new TesseractEngine("/nonexistent/tessdata", "xyz"));

        Assert.Contains("'xyz'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/tessdata", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_language_in_the_default_path_fails_too()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new TesseractEngine(null, "eng+klingon"));

        Assert.Contains("'eng+klingon'", ex.Message, StringComparison.Ordinal);
    }
}

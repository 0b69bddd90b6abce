namespace OcrAsync.Tests.Processing;

public sealed class LanguageTests
{
    private static OcrEnginePool CreatePool() =>
        new(Options.Create(new OcrEngineOptions { EngineCount = 1, Languages = "eng" }), NullLogger<OcrEnginePool>.Instance);

    [Fact]
    public async Task A_document_can_ask_for_another_language_than_the_pools_default()
    {
        using var pool = CreatePool();
        var png = InvoiceImageRenderer.RenderPng(SampleInvoices.Vietnamese(), dpi: 200);
        var pipeline = PipelineFactory.Create(pool);

        var english = await pipeline.RunAsync(png, 0.7, null, null, CancellationToken.None);
        var vietnamese = await pipeline.RunAsync(png, 0.7, "vie", null, CancellationToken.None);
        var againDefault = await pipeline.RunAsync(png, 0.7, null, null, CancellationToken.None);

        Assert.Contains("Tổng cộng", vietnamese.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tổng cộng", english.Text, StringComparison.Ordinal);
        Assert.Equal(english.Text, againDefault.Text);
    }

    [Theory]
    [InlineData("klingon", "OCR language 'klingon' is not installed on this worker (installed: ")]
    [InlineData("eng+xyz", "OCR language 'xyz' is not installed on this worker (installed: ")]
    [InlineData("eng vie", "OCR language 'eng vie' is not valid: use installed language codes joined with '+'")]
    [InlineData("../eng", "OCR language '../eng' is not valid")]
    public async Task An_unknown_or_malformed_language_is_rejected_before_any_page_is_read(string languages, string message)
    {
        using var pool = CreatePool();
        var pipeline = PipelineFactory.Create(pool);

        var error = await Assert.ThrowsAsync<UnsupportedLanguageException>(
            () => pipeline.RunAsync(new byte[] { 1, 2, 3 }, 0.7, languages, null, CancellationToken.None));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("vie", pool.Languages.Installed);
        Assert.DoesNotContain("osd", pool.Languages.Installed);
    }
}

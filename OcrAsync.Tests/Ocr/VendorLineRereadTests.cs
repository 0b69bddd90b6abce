using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OcrAsync.Core.Ocr;
using OcrAsync.Tests.Fixtures;
using OcrAsync.Tests.Processing;

namespace OcrAsync.Tests.Ocr;

/// <summary>The vendor line read again with a model that has the accents eng lacks (tesseract-ocr-script-latn).</summary>
public sealed class VendorLineRereadTests
{
    private const string Vendor = "Müller Bäckerei GmbH";

    private static OcrEnginePool CreatePool() =>
        new(Options.Create(new OcrEngineOptions { EngineCount = 1, Languages = "eng" }), NullLogger<OcrEnginePool>.Instance);

    [Fact]
    public async Task A_vendor_name_with_umlauts_is_read_with_them_although_the_page_languages_have_none()
    {
        using var pool = CreatePool();
        var png = InvoiceImageRenderer.RenderPng(InvoiceSpec.Create(Vendor, "RE-2024-0815", "2024-03-15", [new InvoiceLineItem("Brot", 2, 3.50m)]), dpi: 200);

        var result = await PipelineFactory.Create(pool).RunAsync(png, 0.5, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(Vendor, result.Invoice.VendorName);
        Assert.Equal(Vendor, result.Invoice.Fields["vendor_name"].Value);
        Assert.DoesNotContain(Vendor, result.Text, StringComparison.Ordinal); // the page read itself (eng) has no ü, ä
    }

    [Fact]
    public async Task A_line_model_that_is_not_installed_reads_nothing_instead_of_failing()
    {
        using var pool = CreatePool();
        var png = InvoiceImageRenderer.RenderPng(InvoiceSpec.Create(Vendor, "RE-1", "2024-03-15", [new InvoiceLineItem("Brot", 2, 3.50m)]), dpi: 200);

        var line = await pool.ReadLineAsync(png, 1, new BoundingBox(100, 100, 900, 80), "notinstalled", CancellationToken.None);

        Assert.Null(line);
    }
}

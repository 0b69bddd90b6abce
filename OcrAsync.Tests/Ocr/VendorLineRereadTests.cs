using OcrAsync.Tests.Notifications;

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
        var png = InvoiceImageRenderer.RenderPng(InvoiceSpec.Create(Vendor, "RE-2024-0815", "2024-03-15", [new PrintedLineItem("Brot", 2, 3.50m)]), dpi: 200);

        var result = await PipelineFactory.Create(pool).RunAsync(png, 0.5, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(Vendor, result.Invoice.VendorName);
        Assert.Equal(Vendor, result.Invoice.Fields["vendor_name"].Value);
        Assert.DoesNotContain(Vendor, result.Text, StringComparison.Ordinal); // the page read itself (eng) has no ü, ä
    }

    [Fact]
    public async Task A_receipt_name_cut_where_the_thermal_print_faded_is_read_whole_by_the_closer_read()
    {
        const string Name = "Harbourside Hardware Ltd";
        using var pool = CreatePool();
        var png = FadedReceipt.Png(Name, 0.45, 0.6, 0.3);

        var result = await PipelineFactory.Create(pool).RunAsync(png, 0.5, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));

        Assert.DoesNotContain(Name, result.Text, StringComparison.Ordinal); // the first read lost letters in the faded band
        Assert.Equal(Name, result.Invoice.VendorName);
    }

    [Fact]
    public async Task The_first_pages_image_kept_from_its_read_serves_the_line_read_and_the_second_read_without_another_decode()
    {
        using var pool = CreatePool();
        var png = InvoiceImageRenderer.RenderPng(InvoiceSpec.Create(Vendor, "RE-2024-0815", "2024-03-15", [new PrintedLineItem("Brot", 2, 3.50m)]), dpi: 200);

        await pool.RecognizeAsync(png, 2, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(0, pool.KeptFirstPages); // only the first page, where the seller's name is
        var page = await pool.RecognizeAsync(png, 1, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(1, pool.KeptFirstPages);
        var box = page.Lines.First(l => l.Text.Contains("GmbH", StringComparison.Ordinal)).Box;

        var fromKept = await pool.ReadLinesAsync(png, 1, [new LineRead(box)], "Latin", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(1, pool.KeptFirstPages); // still kept: the missing fields' second read of the page may follow
        await pool.ReadPageAgainAsync(png, 1, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(0, pool.FirstPagesDecodedAgain);

        var fromFile = await pool.ReadLinesAsync(png.ToArray(), 1, [new LineRead(box)], "Latin", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(1, pool.FirstPagesDecodedAgain); // another buffer is not the kept page
        Assert.Equal(1, pool.KeptFirstPages); // one engine: one kept image at most

        Assert.StartsWith(Vendor, Assert.Single(fromKept)?.Text, StringComparison.Ordinal);
        Assert.Equal(fromFile, fromKept);
    }

    [Fact]
    public async Task A_line_model_that_is_not_installed_reads_nothing_instead_of_failing()
    {
        using var pool = CreatePool();
        var png = InvoiceImageRenderer.RenderPng(InvoiceSpec.Create(Vendor, "RE-1", "2024-03-15", [new PrintedLineItem("Brot", 2, 3.50m)]), dpi: 200);

        var lines = await pool.ReadLinesAsync(png, 1, [new LineRead(new BoundingBox(100, 100, 900, 80))], "notinstalled", CancellationToken.None);

        Assert.Null(Assert.Single(lines));
    }

    [Fact]
    public async Task The_line_models_are_loaded_when_the_engine_warms_up_not_on_the_first_document()
    {
        var logger = new RecordingLogger<OcrEnginePool>();
        using var pool = new OcrEnginePool(Options.Create(new OcrEngineOptions { EngineCount = 1, Languages = "eng" }), logger);

        await pool.WhenReady.WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Contains("OCR engine 0 loaded languages Latin", string.Join('\n', logger.Messages), StringComparison.Ordinal);
        Assert.Contains("OCR engine 0 loaded languages vie", string.Join('\n', logger.Messages), StringComparison.Ordinal);
        Assert.Empty(logger.Warnings);
    }

    [Fact]
    public async Task Without_the_line_models_the_pool_warms_up_warns_once_and_line_reads_return_nothing()
    {
        var tessdata = Directory.CreateTempSubdirectory("ocr-eng-only-");
        try
        {
            File.CreateSymbolicLink(Path.Combine(tessdata.FullName, "eng.traineddata"), Path.Combine(InstalledTessdata(), "eng.traineddata"));
            var logger = new RecordingLogger<OcrEnginePool>();
            using var pool = new OcrEnginePool(
                Options.Create(new OcrEngineOptions { EngineCount = 2, Languages = "eng", TessDataPath = tessdata.FullName }), logger);
            await pool.WhenReady.WaitAsync(TimeSpan.FromSeconds(120));
            var png = InvoiceImageRenderer.RenderPng(InvoiceSpec.Create(Vendor, "RE-1", "2024-03-15", [new PrintedLineItem("Brot", 2, 3.50m)]), dpi: 200);

            var lines = await pool.ReadLinesAsync(png, 1, [new LineRead(new BoundingBox(100, 100, 900, 80))], "Latin", CancellationToken.None);

            Assert.Null(Assert.Single(lines));
            Assert.Single(logger.Warnings, w => w.Contains("are not installed", StringComparison.Ordinal));
        }
        finally
        {
            tessdata.Delete(recursive: true);
        }
    }

    private static string InstalledTessdata() =>
        new[] { Environment.GetEnvironmentVariable("TESSDATA_PREFIX"), "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tessdata" }
            .First(d => d is not null && File.Exists(Path.Combine(d, "eng.traineddata")))!;
}

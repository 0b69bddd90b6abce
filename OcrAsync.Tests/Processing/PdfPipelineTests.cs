namespace OcrAsync.Tests.Processing;

public sealed class PdfPipelineTests(TesseractEngineFixture fixture) : IClassFixture<TesseractEngineFixture>
{
    private static readonly InvoiceSpec First = SampleInvoices.English("INV-2024-0042");
    private static readonly InvoiceSpec Second = SampleInvoices.English("INV-2024-0077");

    [Fact]
    public async Task A_text_pdf_is_read_from_its_text_layer_without_ocr()
    {
        var recognizer = new CountingRecognizer(fixture.Engine);
        var pdf = PdfBuilder.Create(PdfBuilder.TextPage(First));

        var result = await PipelineFactory.Create(recognizer).RunAsync(pdf, 0.7, null, CancellationToken.None);

        Assert.Equal(0, recognizer.Calls);
        Assert.Equal(1, result.PageCount);
        Assert.Equal(1.0, result.Confidence);
        Assert.Equal("INV-2024-0042", result.Invoice.InvoiceNumber);
        Assert.Equal("2024-03-15", result.Invoice.Date);
        Assert.Equal(First.Total, result.Invoice.TotalAmount);
        Assert.Contains("Northwind Traders Ltd", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_layer_lines_are_in_300_dpi_pixels_top_down()
    {
        var pdf = PdfBuilder.Create(PdfBuilder.TextPage(First));
        var recognizer = new CountingRecognizer(fixture.Engine);

        var result = await PipelineFactory.Create(recognizer).RunAsync(pdf, 0.7, null, CancellationToken.None);

        // The renderer puts the vendor's baseline 80 pt from the top and the number line 40 pt below: 333 px and 500 px at 300 dpi.
        var number = result.Invoice.Fields["invoice_number"].Bbox!.Value;
        var vendor = result.Invoice.Fields["vendor_name"].Bbox!.Value;
        Assert.InRange(vendor.Y + vendor.Height, 320, 350);
        Assert.InRange(number.Y + number.Height, 490, 520);
        Assert.InRange(number.X, 240, 260); // 60 pt left margin.
    }

    [Fact]
    public async Task A_scanned_pdf_is_rasterised_and_ocrd()
    {
        var recognizer = new CountingRecognizer(fixture.Engine);
        var pdf = PdfBuilder.Create(PdfBuilder.ScannedPage(First));

        var result = await PipelineFactory.Create(recognizer).RunAsync(pdf, 0.7, null, CancellationToken.None);

        Assert.Equal(1, recognizer.Calls);
        Assert.InRange(result.Confidence, 0.5, 0.999);
        Assert.Equal("INV-2024-0042", result.Invoice.InvoiceNumber);
        Assert.Equal(First.Total, result.Invoice.TotalAmount);
    }

    [Fact]
    public async Task A_mixed_pdf_uses_the_text_layer_on_one_page_and_ocr_on_the_other()
    {
        var recognizer = new CountingRecognizer(fixture.Engine);
        var pdf = PdfBuilder.Create(PdfBuilder.ScannedPage(First), PdfBuilder.TextPage(Second));
        var progress = new List<(int Page, int Pages)>();

        var result = await PipelineFactory.Create(recognizer).RunAsync(pdf, 0.7, (page, pages, _) =>
        {
            progress.Add((page, pages));
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(1, recognizer.Calls);
        Assert.Equal(2, result.PageCount);
        Assert.Equal([(1, 2), (2, 2)], progress);
        var pages = result.Text.Split("\n\f\n");
        Assert.Contains("INV-2024-0042", pages[0], StringComparison.Ordinal);
        Assert.Contains("INV-2024-0077", pages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("INV-2024-0077", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_over_the_page_limit_is_rejected_before_rasterising()
    {
        var recognizer = new CountingRecognizer(fixture.Engine);
        var pdf = PdfBuilder.Create([.. Enumerable.Repeat(PdfBuilder.ScannedPage(First), 3)]);

        var pipeline = PipelineFactory.Create(recognizer, new() { MaxPages = 2 });
        var error = await Assert.ThrowsAsync<DocumentLimitExceededException>(() => pipeline.RunAsync(pdf, 0.7, null, CancellationToken.None));

        Assert.Equal("The PDF has 3 pages; the limit is 2.", error.Message);
        Assert.Equal(0, recognizer.Calls);
    }

    [Fact]
    public async Task A_corrupt_pdf_is_unreadable_with_a_clear_message()
    {
        var pdf = PdfBuilder.Create(PdfBuilder.TextPage(First));
        var truncated = pdf.AsMemory(0, 200);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(
            () => PipelineFactory.Create(new CountingRecognizer(fixture.Engine)).RunAsync(truncated, 0.7, null, CancellationToken.None));

        Assert.StartsWith("The PDF could not be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_encrypted_pdf_is_unreadable_and_says_so()
    {
        // A standard security handler with a user password we do not know: the owner/user hashes are random.
        var pdf = EncryptedPdf();

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(
            () => PipelineFactory.Create(new CountingRecognizer(fixture.Engine)).RunAsync(pdf, 0.7, null, CancellationToken.None));

        Assert.Contains("encrypted", error.Message, StringComparison.Ordinal);
    }

    internal static byte[] EncryptedPdf()
    {
        var hash = new string('A', 64);
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -44 /O <{hash}> /U <{hash}> >>",
        };
        var body = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(body.Length);
            body.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = body.Length;
        body.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            body.Append($"{offset:D10} 00000 n \n");
        }

        body.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{hash[..32]}> <{hash[..32]}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }
}

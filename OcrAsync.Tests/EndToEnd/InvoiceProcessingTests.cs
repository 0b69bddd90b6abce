namespace OcrAsync.Tests.EndToEnd;

[Collection(OcrAppCollection.Name)]
public sealed class InvoiceProcessingTests(OcrAppFixture fixture)
{
    private static readonly InvoiceSpec Invoice = InvoiceSpec.Create(
        "Contoso Office Supplies",
        "INV-2024-0042",
        "15/01/2024",
        [
            new PrintedLineItem("Printer paper A4, 500 sheets", 12, 4.75m),
            new PrintedLineItem("Toner cartridge black", 3, 89.90m),
            new PrintedLineItem("Maintenance service", 1, 250.00m),
        ]);

    [Fact]
    public async Task Submit_returns_202_with_location_and_the_job_completes_with_invoice_number_total_and_date()
    {
        using var client = fixture.CreateApiClient("alice");
        using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(InvoiceImageRenderer.RenderPng(Invoice), "invoice.png"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("ocr_result_id").GetString()!;
        Assert.Equal("queued", accepted.GetProperty("status").GetString());
        Assert.True(Guid.TryParse(accepted.GetProperty("task_id").GetString(), out _));
        Assert.Equal($"/api/ocr-async/status/{id}", accepted.GetProperty("check_status_url").GetString());
        Assert.Equal($"/api/ocr-async/status/{id}", response.Headers.Location?.OriginalString);

        var status = await client.WaitForFinalStatusAsync(id);

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal("SUCCESS", status.GetProperty("task_status").GetString());
        var data = status.GetProperty("extracted_data");
        Assert.Equal("INV-2024-0042", data.GetProperty("invoice_number").GetString());
        Assert.Equal(Invoice.Total, data.GetProperty("total_amount").GetDecimal());
        Assert.Equal("2024-01-15", data.GetProperty("date").GetString());
        var confidence = status.GetProperty("confidence_score").GetDouble();
        Assert.InRange(confidence, 0.5, 1.0);
        Assert.True(status.GetProperty("processing_time").GetDouble() > 0);
        Assert.Contains("Contoso Office Supplies", status.GetProperty("extracted_text").GetString());
    }

    [Fact]
    public async Task A_pdf_invoice_is_rasterized_and_read()
    {
        using var client = fixture.CreateApiClient("alice");
        var pdf = ScannedPdf.FromPages([InvoiceImageRenderer.RenderPng(Invoice with { InvoiceNumber = "PDF-7781" }, dpi: 150)]);

        var accepted = await client.SubmitAsync(pdf, "invoice.pdf");
        var status = await client.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal("PDF-7781", status.GetProperty("extracted_data").GetProperty("invoice_number").GetString());
    }

    [Theory]
    [InlineData("corrupt-png", "corrupt or unsupported format")]
    [InlineData("corrupt-jpeg", "corrupt or unsupported format")]
    [InlineData("truncated-pdf", "The PDF could not be read")]
    [InlineData("encrypted-pdf", "encrypted")]
    public async Task A_corrupt_document_fails_at_once_with_a_clear_message_and_the_worker_stays_healthy(string kind, string message)
    {
        using var client = fixture.CreateApiClient("alice");
        byte[] content = kind switch
        {
            "corrupt-png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Repeat((byte)0x42, 2000)],
            "corrupt-jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Repeat((byte)0x42, 2000)],
            "truncated-pdf" => Processing.PdfBuilder.Create(Processing.PdfBuilder.TextPage(Invoice))[..200],
            _ => Processing.PdfPipelineTests.EncryptedPdf(),
        };

        var accepted = await client.SubmitAsync(content, $"broken-{kind}");
        var status = await client.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Equal("FAILURE", status.GetProperty("task_status").GetString());
        Assert.Contains(message, status.GetProperty("error_message").GetString());
        Assert.Equal(1, status.GetProperty("attempts").GetInt32()); // Permanent: no retries.

        using var worker = fixture.App.CreateHttpClient("worker");
        Assert.Equal("Healthy", await worker.GetStringAsync("/health"));

        // And the next good invoice still goes through.
        var next = await client.SubmitAsync(InvoiceImageRenderer.RenderPng(Invoice with { InvoiceNumber = "INV-AFTER-1" }), "next.png");
        var nextStatus = await client.WaitForFinalStatusAsync(next.GetProperty("ocr_result_id").GetString()!);
        Assert.Equal("completed", nextStatus.GetProperty("status").GetString());
    }
}

using OcrAsync.Tests.EInvoices;

namespace OcrAsync.Tests.EndToEnd;

[Collection(OcrAppCollection.Name)]
public sealed class EInvoiceTests(OcrAppFixture fixture)
{
    [Fact]
    public async Task Ubl_xml_and_factur_x_pdf_uploads_complete_with_the_values_of_their_xml()
    {
        using var client = fixture.CreateApiClient("einvoice-user");

        var ubl = await client.SubmitAsync(EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.UblInvoice), "INV-2025-0117.xml");
        var facturX = await client.SubmitAsync(
            AttachmentPdf.Create("Facture FX-2025-0310", "factur-x.xml", EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.CiiInvoice)), "facture.pdf");

        var ublStatus = await client.WaitForFinalStatusAsync(ubl.GetProperty("ocr_result_id").GetString()!);
        Assert.Equal("completed", ublStatus.GetProperty("status").GetString());
        Assert.Equal(1.0, ublStatus.GetProperty("confidence_score").GetDouble());
        var ublData = ublStatus.GetProperty("extracted_data");
        Assert.Equal("xml", ublData.GetProperty("source").GetString());
        Assert.Equal("ubl_invoice", ublData.GetProperty("format").GetString());
        Assert.Equal("INV-2025-0117", ublData.GetProperty("invoice_number").GetString());
        Assert.Equal(1457.50m, ublData.GetProperty("total_amount").GetDecimal());
        Assert.Equal("DE123456789", ublData.GetProperty("seller").GetProperty("tax_code").GetString());

        var facturXStatus = await client.WaitForFinalStatusAsync(facturX.GetProperty("ocr_result_id").GetString()!);
        Assert.Equal("completed", facturXStatus.GetProperty("status").GetString());
        var facturXData = facturXStatus.GetProperty("extracted_data");
        Assert.Equal("embedded_xml", facturXData.GetProperty("source").GetString());
        Assert.Equal("FX-2025-0310", facturXData.GetProperty("invoice_number").GetString());
        Assert.Equal(1469.15m, facturXData.GetProperty("total_amount").GetDecimal());
    }

    [Fact]
    public async Task A_bulk_upload_reads_a_signed_vietnamese_invoice_and_a_ubl_credit_note()
    {
        using var client = fixture.CreateApiClient("einvoice-bulk-user");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(VietnameseInvoiceSample.Signed()), "files", "hoa-don-1234.xml" },
            { new ByteArrayContent(EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.UblCreditNote)), "files", "credit-note.xml" },
        };

        using var response = await client.PostAsync("/api/ocr-async/process-bulk", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var batch = await client.WaitForBatchAsync((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("check_status_url").GetString()!);

        Assert.Equal(2, batch.GetProperty("counts").GetProperty("completed").GetInt32());
        var item = batch.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("file_name").GetString() == "hoa-don-1234.xml");
        var vietnamese = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{item.GetProperty("ocr_result_id").GetString()}");
        var data = vietnamese.GetProperty("extracted_data");
        Assert.Equal("1234", data.GetProperty("invoice_number").GetString());
        Assert.Equal(13_517_500m, data.GetProperty("total_amount").GetDecimal());
        Assert.True(data.GetProperty("signature").GetProperty("valid").GetBoolean());
        Assert.Contains("Gạo ST25 túi 5kg", vietnamese.GetProperty("extracted_text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("svg", "<svg> in namespace 'http://www.w3.org/2000/svg'")]
    [InlineData("billion-laughs", "The XML declares a DTD")]
    [InlineData("wrong-namespace", "<Invoice> in namespace 'urn:example:orders'")]
    public async Task Xml_that_is_not_a_supported_e_invoice_is_refused_at_upload_naming_the_reason(string kind, string detail)
    {
        using var client = fixture.CreateApiClient("einvoice-refused-user");
        var xml = kind switch
        {
            "svg" => "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"10\" height=\"10\"/></svg>",
            "billion-laughs" => "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol1;</lolz>",
            _ => "<Invoice xmlns=\"urn:example:orders\"><ID>1</ID></Invoice>",
        };

        using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(Encoding.UTF8.GetBytes(xml), "invoice.xml"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_e_invoice_xml_fails_its_job_at_once_and_the_worker_stays_healthy()
    {
        using var client = fixture.CreateApiClient("einvoice-broken-user");
        var truncated = EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.UblInvoice)[..900];

        var accepted = await client.SubmitAsync(truncated, "truncated.xml");
        var status = await client.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.StartsWith("The file is not well-formed XML", status.GetProperty("error_message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, status.GetProperty("attempts").GetInt32());
        using var worker = fixture.App.CreateHttpClient("worker");
        Assert.Equal("Healthy", await worker.GetStringAsync("/health"));
    }
}

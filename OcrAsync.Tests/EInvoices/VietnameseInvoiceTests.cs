using OcrAsync.Core.EInvoices;

namespace OcrAsync.Tests.EInvoices;

public sealed class VietnameseInvoiceTests
{
    [Fact]
    public async Task A_tt78_invoice_is_read_from_its_xml_with_every_field_exact()
    {
        var result = await PipelineFactory.Create(new NoOcrRecognizer())
            .RunAsync(VietnameseInvoiceSample.Bytes(VietnameseInvoiceSample.Build()), 0.7, null, CancellationToken.None);

        var invoice = result.Invoice;
        Assert.Equal(1.0, result.Confidence);
        Assert.Equal(InvoiceSources.Xml, invoice.Source);
        Assert.Equal("vn_tt78", invoice.Format);
        Assert.Equal("1234", invoice.InvoiceNumber);
        Assert.Equal("C25TAA", invoice.InvoiceSeries);
        Assert.Equal("1", invoice.InvoiceForm);
        Assert.Equal("2025-03-15", invoice.Date);
        Assert.Equal("VND", invoice.Currency);
        Assert.Null(invoice.DueDate);
        Assert.Equal(VietnameseInvoiceSample.SellerName, invoice.VendorName);
        Assert.Equal(new InvoiceParty(VietnameseInvoiceSample.SellerName, "0312345678", VietnameseInvoiceSample.SellerAddress), invoice.Seller);
        Assert.Equal(new InvoiceParty(VietnameseInvoiceSample.BuyerName, "0109876543-001", VietnameseInvoiceSample.BuyerAddress), invoice.Buyer);
        Assert.Equal(12_460_000m, invoice.Subtotal);
        Assert.Equal(1_057_500m, invoice.TaxAmount);
        Assert.Equal(13_517_500m, invoice.TotalAmount);
        Assert.Equal(
            [
                new InvoiceTaxSubtotal(5m, null, 1_850_000m, 92_500m),
                new InvoiceTaxSubtotal(8m, null, 3_000_000m, 240_000m),
                new InvoiceTaxSubtotal(10m, null, 7_250_000m, 725_000m),
                new InvoiceTaxSubtotal(null, "KCT", 360_000m, 0m),
            ],
            invoice.TaxBreakdown);
        Assert.Equal(
            [
                new InvoiceLineItem("Gạo ST25 túi 5kg", 10m, 185_000m, 1_850_000m) { Unit = "Túi", VatRate = 5m },
                new InvoiceLineItem("Dịch vụ vận chuyển hàng hóa", 2.5m, 1_200_000m, 3_000_000m) { Unit = "Chuyến", VatRate = 8m },
                new InvoiceLineItem("Máy lọc nước Karofsky K9", 1m, 7_250_000m, 7_250_000m) { Unit = "Cái", VatRate = 10m },
                new InvoiceLineItem("Sách giáo khoa lớp 5", 3m, 120_000m, 360_000m) { Unit = "Bộ", TaxCategory = "KCT" },
            ],
            invoice.LineItems);
        Assert.Equal("00A8F6C3B2D14E2F9A7B0C1D2E", invoice.Fields["tax_authority_code"].Value);
        Assert.Equal("13517500", invoice.Fields["total_amount"].Value);
        Assert.All(invoice.Fields.Values, field => Assert.Equal(1.0, field.Confidence));
        Assert.False(invoice.NeedsReview);
        Assert.Equal(new InvoiceSignature(false, null, null, 0, "The XML carries no digital signature."), invoice.Signature);
        Assert.Contains("Mười ba triệu năm trăm mười bảy nghìn năm trăm đồng", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_invoice_reports_a_valid_signature_and_its_signer_without_claiming_trust()
    {
        var invoice = EInvoiceParser.Read(VietnameseInvoiceSample.Signed(), InvoiceSources.Xml).Invoice;

        var signature = invoice.Signature!;
        Assert.True(signature.Present);
        Assert.True(signature.Valid);
        Assert.Equal(1, signature.Count);
        Assert.Equal(VietnameseInvoiceSample.SignerSubject, signature.Signer);
        Assert.Contains("not checked", signature.Detail, StringComparison.Ordinal);
        Assert.False(invoice.NeedsReview);
        Assert.Equal(13_517_500m, invoice.TotalAmount);
    }

    [Fact]
    public void A_tampered_invoice_reports_an_invalid_signature_and_needs_review()
    {
        var invoice = EInvoiceParser.Read(VietnameseInvoiceSample.Tampered(), InvoiceSources.Xml).Invoice;

        var signature = invoice.Signature!;
        Assert.True(signature.Present);
        Assert.False(signature.Valid);
        Assert.Equal(VietnameseInvoiceSample.SignerSubject, signature.Signer);
        Assert.Contains("changed after signing", signature.Detail, StringComparison.Ordinal);
        Assert.True(invoice.NeedsReview);
        Assert.Contains(invoice.ReviewReasons, r => r.StartsWith("The XML signature is invalid", StringComparison.Ordinal));
        Assert.Equal(3_517_500m, invoice.TotalAmount); // What the file says, flagged: never silently "corrected".
    }

    [Fact]
    public void A_valid_signature_moved_aside_next_to_forged_data_is_reported_invalid()
    {
        var invoice = EInvoiceParser.Read(VietnameseInvoiceSample.Wrapped(), InvoiceSources.Xml).Invoice;

        Assert.Equal(3_517_500m, invoice.TotalAmount); // The forged data is what a reader of HDon/DLHDon sees...
        Assert.False(invoice.Signature!.Valid); // ...and the signature does not vouch for it.
        Assert.Contains("does not sign the invoice data that was read", invoice.Signature.Detail, StringComparison.Ordinal);
        Assert.True(invoice.NeedsReview);
    }

    [Theory]
    [InlineData("TgTTTBSo", "13517500", "mười ba triệu", "HDon/DLHDon/NDHDon/TToan/TgTTTBSo is not a number: 'mười ba triệu'.")]
    [InlineData("NLap", "2025-03-15", "15/03/2025", "HDon/DLHDon/TTChung/NLap is not a date: '15/03/2025'.")]
    public void A_value_that_breaks_its_format_fails_the_document_with_its_path(string element, string good, string bad, string message)
    {
        var document = VietnameseInvoiceSample.Build();
        var target = document.Descendants(element).First();
        Assert.Equal(good, target.Value);
        target.Value = bad;

        var ex = Assert.Throws<InvalidEInvoiceException>(() => EInvoiceParser.Read(VietnameseInvoiceSample.Bytes(document), InvoiceSources.Xml));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void An_invoice_without_its_general_part_is_refused_by_name()
    {
        var document = VietnameseInvoiceSample.Build();
        document.Descendants("TTChung").Single().Remove();

        var ex = Assert.Throws<InvalidEInvoiceException>(() => EInvoiceParser.Read(VietnameseInvoiceSample.Bytes(document), InvoiceSources.Xml));

        Assert.Contains("DLHDon/TTChung", ex.Message, StringComparison.Ordinal);
    }
}

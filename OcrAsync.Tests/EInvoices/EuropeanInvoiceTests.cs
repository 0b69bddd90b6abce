using OcrAsync.Core.EInvoices;

namespace OcrAsync.Tests.EInvoices;

public sealed class EuropeanInvoiceTests
{
    private static readonly InvoiceParty Nordlicht = new("Nordlicht Bürobedarf GmbH", "DE123456789", "Hauptstraße 5, 80331 München, DE");
    private static readonly InvoiceParty Lumiere = new("Café Lumière SARL", "FR40303265045", "12 Rue de Rivoli, 75001 Paris, FR");

    [Fact]
    public async Task A_peppol_ubl_invoice_is_read_with_every_field_exact()
    {
        var result = await PipelineFactory.Create(new NoOcrRecognizer())
            .RunAsync(EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.UblInvoice), 0.7, null, CancellationToken.None);

        var invoice = result.Invoice;
        Assert.Equal(InvoiceSources.Xml, invoice.Source);
        Assert.Equal("ubl_invoice", invoice.Format);
        Assert.Equal("INV-2025-0117", invoice.InvoiceNumber);
        Assert.Equal("2025-04-02", invoice.Date);
        Assert.Equal("2025-05-02", invoice.DueDate);
        Assert.Equal("EUR", invoice.Currency);
        Assert.Equal("Nordlicht Bürobedarf GmbH", invoice.VendorName);
        Assert.Equal(Nordlicht, invoice.Seller);
        Assert.Equal(Lumiere, invoice.Buyer);
        Assert.Equal(1250.00m, invoice.Subtotal);
        Assert.Equal(207.50m, invoice.TaxAmount);
        Assert.Equal(1457.50m, invoice.TotalAmount);
        Assert.Equal(1357.50m, invoice.AmountDue);
        Assert.Equal([new InvoiceTaxSubtotal(19m, "S", 1000.00m, 190.00m), new InvoiceTaxSubtotal(7m, "S", 250.00m, 17.50m)], invoice.TaxBreakdown);
        Assert.Equal(
            [
                new InvoiceLineItem("Bürostuhl ergonomisch", 4m, 250.00m, 1000.00m) { Unit = "C62", VatRate = 19m, TaxCategory = "S" },
                new InvoiceLineItem("Fachbuch Umsatzsteuerrecht", 10m, 25.00m, 250.00m) { Unit = "C62", VatRate = 7m, TaxCategory = "S" },
            ],
            invoice.LineItems);
        Assert.Null(invoice.InvoiceSeries);
        Assert.False(invoice.Signature!.Present);
        Assert.All(invoice.Fields.Values, field => Assert.Equal(1.0, field.Confidence));
        Assert.Equal("1457.50", invoice.Fields["total_amount"].Raw);
    }

    [Fact]
    public void A_ubl_credit_note_is_read_with_its_credited_lines_and_payment_due_date()
    {
        var invoice = EInvoiceParser.Read(EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.UblCreditNote), InvoiceSources.Xml).Invoice;

        Assert.Equal("ubl_credit_note", invoice.Format);
        Assert.Equal("CN-2025-0009", invoice.InvoiceNumber);
        Assert.Equal("2025-04-20", invoice.Date);
        Assert.Equal("2025-05-20", invoice.DueDate);
        Assert.Equal("EUR", invoice.Currency);
        Assert.Equal(Nordlicht, invoice.Seller);
        Assert.Equal(Lumiere, invoice.Buyer);
        Assert.Equal(250.00m, invoice.Subtotal);
        Assert.Equal(47.50m, invoice.TaxAmount);
        Assert.Equal(297.50m, invoice.TotalAmount);
        Assert.Equal(297.50m, invoice.AmountDue);
        Assert.Equal([new InvoiceTaxSubtotal(19m, "S", 250.00m, 47.50m)], invoice.TaxBreakdown);
        Assert.Equal(
            [new InvoiceLineItem("Bürostuhl ergonomisch (Rücksendung)", 1m, 250.00m, 250.00m) { Unit = "C62", VatRate = 19m, TaxCategory = "S" }],
            invoice.LineItems);
    }

    [Fact]
    public void A_cii_invoice_is_read_with_every_field_exact()
    {
        AssertFacturXInvoice(EInvoiceParser.Read(EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.CiiInvoice), InvoiceSources.Xml).Invoice);
    }

    [Fact]
    public async Task A_factur_x_pdf_is_read_from_its_embedded_xml_not_its_page()
    {
        var pdf = AttachmentPdf.Create("Facture FX-2025-0310 - voir factur-x.xml", "factur-x.xml", EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.CiiInvoice));

        var result = await PipelineFactory.Create(new NoOcrRecognizer()).RunAsync(pdf, 0.7, null, CancellationToken.None);

        Assert.Equal(InvoiceSources.EmbeddedXml, result.Invoice.Source);
        Assert.Equal(1, result.PageCount);
        Assert.Equal(1.0, result.Confidence);
        AssertFacturXInvoice(result.Invoice);
    }

    [Fact]
    public async Task A_pdf_whose_embedded_xml_is_broken_is_read_from_its_pages_and_says_why()
    {
        var broken = EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.CiiInvoice)[..600];
        var pdf = AttachmentPdf.Create("Invoice number: FX-2025-0310   Date: 10/03/2025   Total: 1469.15 EUR", "factur-x.xml", broken);

        var result = await PipelineFactory.Create(new NoOcrRecognizer()).RunAsync(pdf, 0.7, null, CancellationToken.None);

        Assert.Null(result.Invoice.Source);
        Assert.True(result.Invoice.NeedsReview);
        Assert.Contains(result.Invoice.ReviewReasons, r => r.StartsWith("The embedded factur-x.xml could not be read", StringComparison.Ordinal));
        Assert.Contains("FX-2025-0310", result.Text, StringComparison.Ordinal);
    }

    private static void AssertFacturXInvoice(InvoiceData invoice)
    {
        Assert.Equal("cii_invoice", invoice.Format);
        Assert.Equal("FX-2025-0310", invoice.InvoiceNumber);
        Assert.Equal("2025-03-10", invoice.Date);
        Assert.Equal("2025-04-09", invoice.DueDate);
        Assert.Equal("EUR", invoice.Currency);
        Assert.Equal("Torréfaction du Marais SAS", invoice.VendorName);
        Assert.Equal(new InvoiceParty("Torréfaction du Marais SAS", "FR32123456789", "8 Rue des Archives, 75004 Paris, FR"), invoice.Seller);
        Assert.Equal(new InvoiceParty("Müller & Söhne KG", "DE987654321", "Invalidenstraße 7, 10115 Berlin, DE"), invoice.Buyer);
        Assert.Equal(1269.00m, invoice.Subtotal);
        Assert.Equal(200.15m, invoice.TaxAmount);
        Assert.Equal(1469.15m, invoice.TotalAmount);
        Assert.Equal(1469.15m, invoice.AmountDue);
        Assert.Equal([new InvoiceTaxSubtotal(5.5m, "S", 370.00m, 20.35m), new InvoiceTaxSubtotal(20m, "S", 899.00m, 179.80m)], invoice.TaxBreakdown);
        Assert.Equal(
            [
                new InvoiceLineItem("Café en grains 1 kg", 20m, 18.50m, 370.00m) { Unit = "KGM", VatRate = 5.5m, TaxCategory = "S" },
                new InvoiceLineItem("Machine à expresso", 1m, 899.00m, 899.00m) { Unit = "C62", VatRate = 20m, TaxCategory = "S" },
            ],
            invoice.LineItems);
        Assert.All(invoice.Fields.Values, field => Assert.Equal(1.0, field.Confidence));
    }
}

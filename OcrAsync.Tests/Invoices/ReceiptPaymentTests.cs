namespace OcrAsync.Tests.Invoices;

/// <summary>Cash tendered − change: a second reading of a receipt's total, on texts written for these tests.</summary>
public sealed class ReceiptPaymentTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    private static decimal? Paid(string text)
    {
        var page = InvoiceSamples.Page(text);
        var rows = page[0].Text.Split('\n').Select((t, i) => new InvoiceTextLine(t, TextFolding.LabelForm(t), 0.9, 1, null, i)).ToList();
        return ReceiptPayment.Paid(InvoiceLayout.Build(page), rows);
    }

    [Theory]
    [InlineData("TOTAL 41.25\nCASH 50.00\nCHANGE 8.75", 41.25)]
    [InlineData("Total 11.25\nPayment -20,00\nChange 8.75", 11.25)]
    [InlineData("Summe 17,40\nBar 20,00\nRückgeld 2,60", 17.40)]
    [InlineData("Total 383.63\nEfectivo 390.00\nDevolución 6.37", 383.63)]
    [InlineData("Totale 12.10\nContanti 20.00\nResto 7.90", 12.10)]
    [InlineData("Total 57.03\nDinheiro 60.00\nTroco 2.97", 57.03)]
    [InlineData("Tổng cộng 140.800\nTiền khách đưa 150.000\nTiền thừa 9.200", 140800)]
    public void Paid_is_the_money_tendered_less_the_change(string text, decimal paid) =>
        Assert.Equal(paid, Paid(text));

    [Theory]
    [InlineData("TOTAL 41.25\nCASH 50.00")] // no change line
    [InlineData("TOTAL 41.25\nCHANGE 8.75\nCASH 50.00")] // the change before the money tendered
    [InlineData("TOTAL 41.25\nCASH 5.00\nCHANGE 8.75")] // more change than money: one of them is misread
    public void Without_a_tendered_amount_and_a_smaller_change_after_it_nothing_is_paid(string text) =>
        Assert.Null(Paid(text));

    [Fact]
    public void A_total_that_differs_from_the_cash_less_change_stays_as_read_and_is_reviewed()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Total Sales (Inclusive GST) RM 137.45\nCASH RM 150.15\nCHANGE RM 13.00"));

        Assert.Equal(137.45m, data.TotalAmount);
        Assert.Contains(data.ReviewReasons, r => r.Contains("cash tendered", StringComparison.Ordinal));
    }

    [Fact]
    public void A_total_whose_amount_ocr_garbled_is_the_cash_less_change_in_review()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Total s/ IVA 73.10\nImposto 6% 4.39\nArredondamento 0.01\nTotal a pagar €7/.50\nPago 90.00\nTroco 12.50"));

        Assert.Equal(77.50m, data.TotalAmount);
        Assert.True(data.NeedsReview);
    }

    [Fact]
    public void Without_a_total_label_the_amount_cash_less_change_gives_is_the_total()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Gross Amt: 136.00\nGST (6%) : 0.00\nNet Amt: 136.00\nReceived 150.00\nChange 14.00\nLED TUBE 5 x 16.00 680.00"));

        Assert.Equal(136.00m, data.TotalAmount);
    }

    [Fact]
    public void An_amount_whose_label_ocr_lost_beats_a_plain_total_no_relation_agrees_with()
    {
        // The till's "TOTAL" line came out of OCR as noise; a table's "Total" column caption still names an item amount.
        const string text = """
            Item Qty Total
            Coffee 1 35.80
            Subtotal 47.80
            Tax 4.78
            Gra: 52.58
            Cash 60.00
            Change 7.42
            """;

        Assert.Equal(52.58m, _extractor.Extract(InvoiceSamples.Page(text)).TotalAmount);
    }

    [Fact]
    public void A_total_that_agrees_with_the_payment_is_not_contradicted()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Subtotal 47.80\nTax 4.78\nTotal 52.60\nCash 60.00\nChange 7.40\nGST Summary 47.80 4.78"));

        Assert.Equal(52.60m, data.TotalAmount);
    }

    [Theory]
    [InlineData("Caffè Lupo\nLE 27,08 €\n1t1 30,00\n2,92", 27.08)]              // labels OCR lost or garbled: total, tendered, change
    [InlineData("Bakkerij Smit\n430.70 EUR\n450.00\n19.30\nBTW 24.93", 430.70)]
    [InlineData("Cửa hàng An Phú\n919 600 đ\n950 000 đ\n30 400 đ", 919600)]
    public void Without_payment_labels_a_total_tendered_and_change_column_is_paid(string text, decimal paid) =>
        Assert.Equal(paid, Paid(text));

    [Theory]
    [InlineData("Thuế 33 360 VND\n450 360 VND\n417 000 VND")]       // tax, total, net: the middle one is no rounder than the first
    [InlineData("Subtotal 90.91\nTotal 100.00\nVAT 9.09")]          // net, gross, tax
    [InlineData("Espresso 2,20\n30,00\n27,90")]                     // 30.00 − 2.20 is 27.80
    public void A_column_that_is_not_total_tendered_and_change_pays_nothing(string text) =>
        Assert.Null(Paid(text));

    [Fact]
    public void A_total_whose_label_ocr_lost_is_not_the_cash_tendered_after_it()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Caffè Lupo s.n.c.\nCornetto 2 x 11,10 22,20\n27,08 €\n30,00\n2,92"));

        Assert.Equal(27.08m, data.TotalAmount);
    }

    [Theory]
    [InlineData("total s/ iva")]
    [InlineData("total sem iva")]
    [InlineData("imponibile senza iva")]
    [InlineData("total sans tva")]
    [InlineData("summe ohne mwst")]
    [InlineData("total before tax")]
    public void A_label_of_the_amount_without_tax_is_no_tax_label(string label) =>
        Assert.Matches(InvoiceLabels.TaxDistractor(), label);

    [Fact]
    public void A_net_total_labelled_without_tax_is_not_summed_as_a_tax()
    {
        // "Total s/ IVA" (without VAT) is the subtotal: counted as a tax, subtotal + tax says nothing. With it left out,
        // 50.10 + 2.48 + 2.00 and the cash tendered − change both give 54.60, and "54,69" is a misread 54,60.
        var data = _extractor.Extract(InvoiceSamples.Page("Papelaria Exemplo Lda\nTalão n.º 151557\nData 02-01-2023\nTotal s/ IVA 50,10\nTotal IVA 2,48\nTotal IVA 2,00\nArredondamento 0,02\nTOTAL 54,69\nDinheiro 60,00\nTroco 5,40"));

        Assert.Equal(54.60m, data.TotalAmount);
    }
}

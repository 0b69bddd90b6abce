namespace OcrAsync.Tests.Invoices;

/// <summary>Receipt totals around rounding, payment and the tax summary, on texts written for these tests.</summary>
public sealed class ReceiptTotalTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    /// <summary>No total line: the rounded subtotal printed last is the guess; an item code whose S is read as "$" is never one.</summary>
    [Theory]
    [InlineData("Kettle Corner\n$8812 TEA STRAINER 9.90\n10233 MUG SET 24.53\nSUBTOTAL (QTY 2) 34.43\nROUNDING -0.03\nSUBTOTAL (QTY 2) RH34.40\nPAID BY CARD", 34.40)]
    [InlineData("Kettle Corner\n$8812 TEA STRAINER 9.90\n10233 MUG SET 24.50", 24.50)]
    public void Without_a_total_line_the_guess_is_an_amount_a_till_prints(string text, decimal expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).TotalAmount);

    [Theory]
    [InlineData("TOTAL: RM 60.31\nROUNDING ADJ -0.01\nCASH RM 70.00\nCHANGE RM 9.70", 60.30)]
    [InlineData("Total (Inclusive of GST): 31.02\nRounding Adj: -0.02\nCASH : 31.00", 31.00)]
    [InlineData("Total RM Incl. of GST 20.98\nRounding Adj 0.02\nCash 50.00", 21.00)]
    [InlineData("Total Sales (Inclusive GST) RM 27.28\nRounding RM 27.30\nCASH RM 27.30", 27.30)]
    [InlineData("TOTAL (GST INCL) 13.78\nCASH 20.00\nROUNDING ADJUSTMENTS 0.02\nCHANGE DUE 6.20", 13.78)]
    [InlineData("Net Amt: 136.00\nTotal 136.00\nRound Adj - 0.00\nReceived 150.00", 136.00)]
    public void Rounding_adjustment_before_the_payment_applies_to_the_total(string text, decimal expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).TotalAmount);

    [Theory]
    [InlineData("Total 5.80\nRound Adj 0.06\nThank you", 5.80)]
    [InlineData("Total 5.83\nRound Adj 0.06\nThank you", 5.83)]
    public void A_rounding_that_does_not_land_on_five_cents_is_a_misread_and_ignored(string text, decimal expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).TotalAmount);

    [Fact]
    public void Net_total_is_a_total()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Total Qty : 5 Sub-Total : 21.00\nDiscount : 0.00\nNet Total : 21.00\nCash Received : 50.00\nChange : 29.00"));

        Assert.Equal(21.00m, data.TotalAmount);
    }

    [Fact]
    public void The_total_the_cash_follows_beats_a_later_total()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("SUB-TOTAL (GST) 12.19\nGST 0.69\nTOTAL 12.15\nCASH 50.15\nCHANGE 38.00\nTAR TOTAL: 0.69\nTHANK YOU"));

        Assert.Equal(12.15m, data.TotalAmount);
    }

    [Fact]
    public void Totals_of_the_gst_summary_table_are_not_the_total()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Total RM 21.00\nCash 50.00\nCHANGE 29.00\nGST Summary Amount (RM) Tax (RM)\nSR @ 6% 19.79 1.19\nTotal 19.79 1.19"));

        Assert.Equal(21.00m, data.TotalAmount);
    }

    [Fact]
    public void Without_a_total_line_subtotal_tax_and_rounding_add_up_with_low_confidence()
    {
        const string text = """
            SUB-TOTAL (EX) : 26.00
            TOTAL TAX : 1.56
            ROUNDING -0.01
            CASH 30.00
            GST SUMMARY
            TAX CODE % AMOUNT TAX
            TOTAL: 26.00 1.56
            """;

        var data = _extractor.Extract(InvoiceSamples.Page(text));

        Assert.Equal(27.55m, data.TotalAmount);
        Assert.True(data.Fields["total_amount"].Confidence < 0.7);
    }

    [Fact]
    public void A_vat_summary_before_the_only_total_does_not_hide_it()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("VAT summary\nRate 20% Net 100.00 VAT 20.00\nTotal 120.00"));

        Assert.Equal(120.00m, data.TotalAmount);
    }

    [Fact]
    public void Rounding_and_payment_rows_count_when_their_label_and_amount_are_far_apart_on_the_row()
    {
        // As a scanned receipt reads: each row one OCR line, label left and amount right, so the layout cuts each in two.
        var page = new LayoutPage()
            .Line(1000, (100, "TOTAL INCL. GST"), (1400, "60.31"))
            .Line(1060, (100, "ROUNDING ADJ"), (1400, "-0.01"))
            .Line(1120, (100, "CASH"), (1400, "70.00"))
            .Line(1180, (100, "CHANGE"), (1400, "9.70"))
            .Line(1300, (100, "TOTAL QTY"), (1400, "3"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal(60.30m, data.TotalAmount);
    }
}

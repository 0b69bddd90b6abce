namespace OcrAsync.Tests.Invoices;

/// <summary>Bases a printed tax rate confirms (a VAT table's rows, an amount under an unknown label) stand for a subtotal OCR misread.</summary>
public sealed class TaxBasesTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("9% 46 117.35 4 150.56", 46117.35, 4150.56)]     // space grouping read every way: the rate picks the reading
    [InlineData("21% 8577.15 1 801.20", 8577.15, 1801.20)]
    [InlineData("21 % 8.577,15 1.801,20 10.378,35", 8577.15, 1801.20)]   // a gross column after the tax
    [InlineData("8% 3300000 264000 d", 3300000, 264000)]
    public void A_row_that_opens_with_a_rate_gives_the_base_and_tax_the_rate_relates(string row, double net, double tax) =>
        Assert.Equal(((decimal)net, (decimal)tax), TaxBases.TableRow(row));

    [Theory]
    [InlineData("9% 100.00 12.00")]                 // 9 % of 100.00 is not 12.00
    [InlineData("Whiteboard markers 9% 100.00 9.00")] // an item row, not a row of the tax table
    [InlineData("9%")]
    public void A_row_the_rate_does_not_confirm_gives_nothing(string row) =>
        Assert.Null(TaxBases.TableRow(row));

    [Fact]
    public void A_subtotal_misread_does_not_overrule_a_total_the_vat_table_adds_up_to()
    {
        // 54 694.50 read as 94 694.50: subtotal + tax says 100 646.26, the table's bases and taxes say the 60 646.26 printed.
        var data = _extractor.Extract(InvoiceSamples.Page(
            "Bakkerij Visser N.V.\nFactuur nr. LC52220\nDatum: 03.08.2025\nTarief Grondslag BTW\n9% 46 117.35 4 150.56\n21% 8577.15 1 801.20\n"
            + "Excl. BTW 94 694.50 €\nBTW 9% 4 150.56 €\nBTW 21% 1 801.20 €\nFactuurbedrag 60 646.26 €"));

        Assert.Equal(60646.26m, data.TotalAmount);
        Assert.DoesNotContain(data.ReviewReasons, r => r.StartsWith("total read as", StringComparison.Ordinal));
    }

    [Fact]
    public void An_amount_the_tax_lines_rate_confirms_is_a_base_a_total_that_lost_its_lead_is_repaired_to()
    {
        // "Net" is no subtotal label, yet 10 % of it is the tax to the cent: base + tax is what the cut total "02532,67" was.
        var data = _extractor.Extract(InvoiceSamples.Page(
            "Redwood Analytics Inc.\nCommercial Invoice No: 2022/101\nDate of Issue: Oct 17, 2022\nNet £75 029,70\nTax (10%) £7 502,97\nBalance Due £02532,67"));

        Assert.Equal(82532.67m, data.TotalAmount);
        Assert.True(data.NeedsReview);
    }

    [Fact]
    public void A_rated_tax_with_two_amounts_it_could_be_the_share_of_confirms_no_base()
    {
        var rows = new[] { "Net 100.00", "Other 100.04", "VAT 10% 10.00" }
            .Select((t, i) => new InvoiceTextLine(t, TextFolding.LabelForm(t), 0.9, 1, null, i)).ToList();
        var tax = new AmountCandidate(10.00m, null, 0, 0.9, rows[2]) { Rate = 10 };

        Assert.Empty(TaxBases.Find(rows, [tax]));
    }
}

namespace OcrAsync.Tests.Invoices;

/// <summary>Letters OCR reads for digits, repaired only when the arithmetic agrees; qty × price repairs a line amount.</summary>
public sealed class DigitRepairTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("1S4.B0", 154.80)]
    [InlineData("RM 2l.S0", 21.50)]
    [InlineData("B,1S0.00", 8150.00)]
    [InlineData("Totale | 418:30 EUR", 418.30)]
    public void Look_alike_letters_in_an_amount_become_digits(string text, double expected) =>
        Assert.Contains(DigitRepair.Amounts(text), m => m.Amount == (decimal)expected);

    [Theory]
    [InlineData("SOLD BY")]
    [InlineData("BOB.SB")]
    [InlineData("154.80")]
    [InlineData("Ora 18:42:07")]
    public void Words_and_amounts_read_as_printed_are_not_repairs(string text) =>
        Assert.Empty(DigitRepair.Amounts(text));

    [Fact]
    public void A_total_with_letters_for_digits_is_repaired_when_subtotal_plus_tax_agrees()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Ltd\nInvoice No: 77\nDate: 2024-01-15\nSubtotal 140.00\nVAT 14.80\nTotal 1S4.B0"));

        Assert.Equal(154.80m, data.TotalAmount);
    }

    [Fact]
    public void A_total_with_a_colon_for_its_point_is_repaired_when_cash_less_change_agrees_with_it()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Bottega Ltd\nScontrino n. 77\nData 15/01/2024\nTotale imponibiL 300.00 EUR\nIVA 10% 12.00 EUR\nIVA 22% 44.00 EUR\nTotale 356:00 EUR\nContanti 400.00\nResto 44.00"));

        Assert.Equal(356.00m, data.TotalAmount);
    }

    [Fact]
    public void A_decimal_mark_read_as_a_digit_is_a_repair()
    {
        Assert.Contains(DigitRepair.Amounts("Te betalen 136573 €"), m => m.Amount == 136.73m);
    }

    [Fact]
    public void A_total_whose_decimal_comma_OCR_read_as_a_digit_is_repaired_when_subtotal_plus_tax_agrees()
    {
        // "136,73 €" read "136573 €": the comma became a 5; 113,00 + 23,73 is the total.
        var data = _extractor.Extract(InvoiceSamples.Page("Winkel B.V.\nBon nr: 6-5418\nDatum: 17-03-2025\nTotaal excl. btw 113,00 €\nBTW 21% 23,73 €\nTe betalen 136573 €"));

        Assert.Equal(136.73m, data.TotalAmount);
    }

    [Fact]
    public void A_total_in_its_own_column_whose_decimal_comma_OCR_read_as_a_digit_is_repaired()
    {
        // A till receipt: labels left, amounts right-aligned in segments of their own; the repair reads the amount's segment.
        var data = _extractor.Extract(new LayoutPage { Width = 944, PageHeight = 1800 }
            .Line(60, (40, "Winkel B.V."))
            .Line(400, (40, "Totaal excl. btw"), (700, "113,00 €"))
            .Line(450, (40, "BTW 21%"), (720, "23,73 €"))
            .Line(500, (40, "Te betalen"), (680, "136573 €"))
            .Build());

        Assert.Equal(136.73m, data.TotalAmount);
    }

    [Fact]
    public void A_whole_total_the_arithmetic_agrees_with_is_not_read_as_cents()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Cửa hàng An Bình\nSố: 1234\nNgày 15/01/2024\nTiền hàng 1596000\nThuế GTGT 127680\nTổng cộng 1723680"));

        Assert.Equal(1_723_680m, data.TotalAmount);
    }

    [Fact]
    public void A_line_amount_one_slip_away_from_quantity_times_price_is_repaired()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Ltd\nInvoice No: 77\nDescription Qty Price Amount\nToner cartridge 2 35.00 76.00\nTotal 70.00"));

        var item = Assert.Single(data.LineItems);
        Assert.Equal(70.00m, item.Amount);
    }

    [Fact]
    public void Line_items_stand_in_for_a_subtotal_that_was_not_read()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Ltd\nInvoice No: 77\nDate: 2024-01-15\nWidget 2 25.00 50.00\nGadget 3 20.00 60.00\nVAT 22.00\nTotal 132.00\nAmount due 0.00", confidence: 0.8));

        Assert.Equal(132.00m, data.TotalAmount);
        Assert.True(data.Fields["total_amount"].Confidence >= 0.95);
    }

    [Fact]
    public void Shipping_and_discount_take_part_in_the_arithmetic()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Ltd\nInvoice No: 77\nDate: 2024-01-15\nSubtotal 100.00\nDiscount -10.00\nShipping 5.00\nVAT 18.00\nTotal 113.00"));

        Assert.Equal(113.00m, data.TotalAmount);
        Assert.DoesNotContain(data.ReviewReasons, r => r.Contains("does not match", StringComparison.Ordinal));
    }
}

namespace OcrAsync.Tests.Invoices;

/// <summary>Subtotal + tax = total: agreement, choosing the amount that agrees, and repairing one OCR slip.</summary>
public sealed class ArithmeticCheckTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData(534376920, 54376920, true)]   // a digit read twice
    [InlineData(5437692, 54376.92, true)]     // the decimal mark lost
    [InlineData(1234.56, 1284.56, true)]      // 3 read for 8
    [InlineData(370.00, 570.00, true)]        // 3 read for 5
    [InlineData(120.00, 110.00, false)]       // 2 and 1 do not look alike: a real disagreement
    [InlineData(200.00, 100.00, false)]
    [InlineData(1234.56, 1243.56, false)]     // two digits swapped is not one slip
    public void One_ocr_slip_is_recognised(double read, double expected, bool slip) =>
        Assert.Equal(slip, ArithmeticCheck.IsOcrSlip((decimal)read, (decimal)expected));

    [Fact]
    public void A_total_below_its_subtotal_is_replaced_by_the_subtotal_plus_every_tax_rate()
    {
        // The amount read under "Total" is a line's (below the net): the net plus the tax of each rate is the total.
        var data = _extractor.Extract(InvoiceSamples.Page("Papeterie Alouette SARL\nTotal 50.00\nTotal HT 100.00\nTVA 5,5 % 5.50\nTVA 20 % 20.00"));

        Assert.Equal(125.50m, data.TotalAmount);
    }

    [Theory]
    [InlineData("Subtotal 580.05\nVAT 5801\nTotal 638.05")]                // the tax lost its decimal mark: 6381.05 is one slip from the total
    [InlineData("Subtotal 53535.30\nVAT 4% 214.14\nTotal 5567.64")]     // the subtotal's decimal mark read a digit late: the total is below it
    public void A_subtotal_and_tax_that_are_no_plausible_pair_do_not_replace_the_labelled_total(string totals)
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Invoice No: 77\nDate: 2024-01-15\n" + totals));

        Assert.Equal(totals[(totals.LastIndexOf(' ') + 1)..].Replace(",", "", StringComparison.Ordinal), data.Fields["total_amount"].Value);
        Assert.Contains(data.ReviewReasons, r => r.EndsWith("the tax is no plausible share of the subtotal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_total_both_the_arithmetic_and_the_cash_less_change_give_replaces_a_labelled_total_that_agrees_with_neither()
    {
        // 117.65 is 111.65 misread; the taxes summed with the subtotal and the cash tendered less the change both give 111.65.
        var data = _extractor.Extract(InvoiceSamples.Page(
            "Receipt No: 40117\nDate: 2024-01-15\nSubtotal 95.20\nVAT 10 % 2.59\nVAT 20 % 13.86\nTOTAL 117.65\nCash 130.00\nChange 18.35"));

        Assert.Equal(111.65m, data.TotalAmount);
        Assert.Contains("total read as 117.65, taken as 111.65, which subtotal + tax and cash tendered − change both give", data.ReviewReasons);
    }

    [Theory]
    [InlineData(100, 10, true)]
    [InlineData(100, 0.5, false)]   // below any VAT or sales tax rate
    [InlineData(580.05, 5801, false)] // ten times its subtotal
    [InlineData(100, 27, true)]     // the highest VAT rates
    public void A_tax_is_a_plausible_share_of_its_subtotal_between_the_lowest_and_highest_rates(double subtotal, double tax, bool plausible) =>
        Assert.Equal(plausible, ArithmeticCheck.PlausibleTax((decimal)subtotal, (decimal)tax));

    [Theory]
    [InlineData(759.14, 11759.14, true)]      // the leading group lost ("1L 759,14")
    [InlineData(35679, 35679960, true)]       // the last group lost
    [InlineData(2286.66, 82286.66, true)]
    [InlineData(19, 1985500, false)]          // two digits say too little
    [InlineData(759.14, 759.14, false)]
    [InlineData(760.14, 11759.14, false)]
    public void Digits_lost_at_either_end_are_recognised(double read, double expected, bool truncated) =>
        Assert.Equal(truncated, ArithmeticCheck.IsTruncated((decimal)read, (decimal)expected));

    [Fact]
    public void A_total_that_lost_its_leading_group_is_the_total_the_taxes_by_rate_give()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Fischer AG\nRechnung RG2020-5632\nDatum 03.01.2020\nZwischensumme 10'142.50 €\nUSt 7% 181.09 €\nUSt 19% 1'435.55 €\nGesamtbetrag 1L 759,14 €"));

        Assert.Equal(11759.14m, data.TotalAmount);
        Assert.True(data.NeedsReview);
    }

    [Fact]
    public void Without_a_total_the_taxes_by_rate_are_added_to_the_subtotal()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Café De Hoek N.V.\nFactuurnummer FAC248478\nDatum 03/02/2024\nTotaal excl. btw 69105.40\nBTW-bedrag 3992.80\nBTW-bedrag 5195.61\nTe betalen"));

        Assert.Equal(78293.81m, data.TotalAmount);
        Assert.Equal(9188.41m, data.TaxAmount);
    }

    [Fact]
    public void A_tax_line_that_is_the_sum_of_the_others_is_not_added_again()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Café De Hoek N.V.\nFactuurnummer FAC248478\nDatum 03/02/2024\nTotaal excl. btw 1000.00\nBTW 9% 90.00\nBTW 21% 21.00\nBTW 111.00\nTe betalen"));

        Assert.Equal(1111.00m, data.TotalAmount);
    }

    [Fact]
    public void A_total_one_look_alike_digit_away_from_subtotal_plus_tax_is_repaired_and_reviewed()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Ltd\nInvoice No: 77\nDate: 2024-01-15\nSubtotal 1,000.00\nVAT 80.00\nTotal 1,030.00"));

        Assert.Equal(1080.00m, data.TotalAmount);
        Assert.Contains("total read as 1030.00, taken as subtotal + tax (1080.00)", data.ReviewReasons);
    }

    [Theory]
    [InlineData("Totaal 83.350,55", 83356.55, true)]    // 6 read as 0: within 0.1 % of subtotal + tax, yet one slip from it
    [InlineData("Totaal 83.356,55", 83356.55, false)]
    [InlineData("Totaal 83.356,56", 83356.56, false)]   // a cent off is rounding, not a slip
    [InlineData("Totaal 83.356,53", 83356.53, false)]   // 5 read as 3 or the tax rounded line by line: cents are not repaired
    public void A_large_total_one_look_alike_digit_from_subtotal_plus_tax_is_repaired_though_within_the_rounding_tolerance(string total, double expected, bool review)
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Mulder ICT N.V.\nFactuurnr.: FAC27972\nDatum 10/09/2026\nTotaal excl. btw 76.473,90\nbtw (9%) 6.882,65\n" + total));

        Assert.Equal((decimal)expected, data.TotalAmount);
        Assert.Equal(review, data.ReviewReasons.Any(r => r.StartsWith("total read as", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_amount_on_the_page_that_equals_subtotal_plus_tax_is_the_total_when_the_labelled_one_disagrees()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Ltd\nInvoice No: 77\nDate: 2024-01-15\nSubtotal 200.00\nVAT 20.00\nTotal 250.00\nPaid by card 220.00"));

        Assert.Equal(220.00m, data.TotalAmount);
        Assert.True(data.NeedsReview);
    }

    [Fact]
    public void A_total_that_agrees_gains_confidence()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Ltd\nInvoice No: 77\nDate: 2024-01-15\nSubtotal 200.00\nVAT 20.00\nTotal 220.00", confidence: 0.8));

        Assert.Equal(220.00m, data.TotalAmount);
        Assert.True(data.Fields["total_amount"].Confidence >= 0.95);
    }

    [Fact]
    public void Taxes_by_rate_are_summed_when_they_make_subtotal_and_total_agree()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Fischer GmbH\nRechnung Nr. 5\nDatum: 02.05.2024\nNetto: 1.000,00\nMwSt. 7 %: 35,00\nMwSt. 19 %: 95,00\nGesamtbetrag: 1.130,00"));

        Assert.Equal(130.00m, data.TaxAmount);
        Assert.Equal(1130.00m, data.TotalAmount);
        Assert.DoesNotContain(data.ReviewReasons, r => r.Contains("subtotal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_total_below_its_subtotal_is_replaced_by_subtotal_plus_tax()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Tipografia Santos\nFatura nº 12\nData: 11/09/2025\nArtigo Qtd Preço Total\nTinteiro 4 481.35 1925.40\nSubtotal 32448.20\nIVA (23%) 7463.09\nTOTAL"));

        Assert.Equal(39911.29m, data.TotalAmount);
        Assert.True(data.NeedsReview);
    }

    [Fact]
    public void A_total_below_its_subtotal_stands_when_the_page_has_a_discount()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Ltd\nInvoice No: 9\nDate: 2024-01-15\nSubtotal 100.00\nDiscount -10.00\nVAT 9.00\nTotal 99.00"));

        Assert.Equal(99.00m, data.TotalAmount);
    }
    [Fact]
    public void A_subtotal_that_lost_its_decimal_mark_does_not_replace_a_total_that_adds_up_with_a_hundredth_of_it()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Fischer AG\nRechnung RG2020-5632\nDatum 03.01.2020\nNettobetrag 5.353.530 €\nMwSt. 19 % 10.171,71 €\nRechnungsbetrag 63.707,01 €"));

        Assert.Equal(63707.01m, data.TotalAmount);
        Assert.Equal(53535.30m, data.Subtotal);
    }

    [Theory]
    [InlineData("Subtotal 1,000.00\nVAT 20% 260.00\nTotal 1,200.00", 1200.00)]   // the tax misread (0 as 6): the rate confirms the total
    [InlineData("Subtotal 1,000.00\nVAT (20 %) 260.00\nTotal 1,200.00", 1200.00)]
    [InlineData("Subtotal 1,000.00\nVAT 260.00\nTotal 1,200.00", 1260.00)]      // no rate printed: one slip from subtotal + tax, repaired as before
    public void The_printed_tax_rate_times_the_subtotal_is_a_tax_the_total_may_agree_with(string amounts, double expected) =>
        Assert.Equal((decimal)expected, _extractor.Extract(InvoiceSamples.Page("Harbour Supplies Ltd\nInvoice No: INV-2201\nDate: 2024-03-05\n" + amounts)).TotalAmount);
    [Theory]
    [InlineData("Total £182.00", 132.00, true)]   // 3 read as 8: one slip from the line items' sum + VAT
    [InlineData("Total £132.00", 132.00, false)]
    public void A_total_one_slip_from_the_line_items_sum_plus_tax_is_repaired_when_no_subtotal_was_read(string total, double expected, bool review)
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Northwind Traders Ltd\nInvoice No: INV-2024-0042\nInvoice Date: 15/01/2024\nDescription Qty Unit Price Amount\nWidget A 2 25.00 50.00\nService hours 3 20.00 60.00\nVAT 20% 22.00\n" + total));

        Assert.Equal((decimal)expected, data.TotalAmount);
        Assert.Equal(review, data.NeedsReview);
    }
}

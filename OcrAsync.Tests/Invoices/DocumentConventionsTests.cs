namespace OcrAsync.Tests.Invoices;

/// <summary>Digit grouping and date order are decided once per document from all its numbers and dates.</summary>
public sealed class DocumentConventionsTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("1'234.50", "1234.50")]
    [InlineData("1’234’567.80", "1234567.80")]
    [InlineData("12\u00A0345,67", "12345,67")]
    [InlineData("12\u202F345,67", "12345,67")]
    [InlineData("9\u2009999.00", "9999.00")]
    [InlineData("11°759.14 €", "11759.14 €")]
    [InlineData("Total 27 551.55", "Total 27 551.55")]
    public void Only_unambiguous_grouping_is_joined_without_evidence(string text, string expected) =>
        Assert.Equal(expected, DocumentConventions.Default.Normalize(text));

    [Fact]
    public void A_page_that_groups_with_spaces_joins_its_spaced_amounts()
    {
        var conventions = DocumentConventions.Vote(["Subtotal 25 046.86", "VAT 2 504.69", "Total 27 551.55", "Qty 3"]);

        Assert.True(conventions.SpaceGrouping);
        Assert.Equal("Total 27551.55", conventions.Normalize("Total 27 551.55"));
        Assert.Equal("Total 1234567,89", conventions.Normalize("Total 1 234 567,89"));
    }

    [Fact]
    public void An_amount_whose_narrow_space_ocr_dropped_does_not_outvote_the_spaced_ones()
    {
        var conventions = DocumentConventions.Vote(["Brezel 6 713.70 4282.20", "Netto: CHF 37 410.30", "USt.: CHF 4 903.96", "Rechnungsbetrag: CHF 43 126.26"]);

        Assert.True(conventions.SpaceGrouping);
    }

    [Fact]
    public void Whole_amounts_of_three_groups_are_joined_on_a_page_that_groups_with_spaces()
    {
        var conventions = DocumentConventions.Vote(["Tổng cộng 39 094 920", "Thuế 3 554 084"]);

        Assert.True(conventions.SpaceGrouping);
        Assert.Equal("Tổng cộng 39094920", conventions.Normalize("Tổng cộng 39 094 920"));
        Assert.Equal("SL 2 100", conventions.Normalize("SL 2 100"));
    }

    [Fact]
    public void A_page_that_writes_thousands_another_way_keeps_spaces_apart()
    {
        var conventions = DocumentConventions.Vote(["Widget 2 100.00 200.00", "Total 1,250.00"]);

        Assert.False(conventions.SpaceGrouping);
        Assert.Equal("Widget 2 100.00 200.00", conventions.Normalize("Widget 2 100.00 200.00"));
    }

    [Fact]
    public void A_space_grouped_amount_after_a_currency_mark_votes_for_space_grouping_against_amounts_ocr_joined()
    {
        // Narrow no-break spaces OCR dropped make most amounts look ungrouped; "$56 240.55" cannot be a quantity and a price.
        var conventions = DocumentConventions.Vote(["Importe neto $56 240.55", "Cable 2 108.70 217.40", "Zumo 6 666.25 3997.50", "Papel 9 541.20 4870.80", "Toner 7 3635.95 25451.65"]);

        Assert.True(conventions.SpaceGrouping);
        Assert.Equal("$59629.51", conventions.Normalize("$59 629.51"));
    }

    [Fact]
    public void A_space_lost_in_the_first_group_of_an_amount_ending_its_segment_is_joined_on_a_space_grouped_page()
    {
        var conventions = DocumentConventions.Vote(["Thành tiền 33 037 000 đ", "Tiền thuế GTGT 2 642 960 đ"]);

        Assert.Equal("Tổng cộng tiền thanh toán 35679960 đ", conventions.Normalize("Tổng cộng tiền thanh toán 35679 960 đ"));
        Assert.Equal("Mã 04567 123", conventions.Normalize("Mã 04567 123"));
        Assert.Equal("Tổng 35679 960", DocumentConventions.Default.Normalize("Tổng 35679 960"));
    }

    [Theory]
    [InlineData("Phai tra d92'682'360", "Phai tra đ92682360")]
    [InlineData("Thuế GTGT d6.865.360", "Thuế GTGT đ6.865.360")]
    [InlineData("Tổng cộng 35679960d", "Tổng cộng 35679960đ")]
    [InlineData("Công ty TNHH 3d Việt", "Công ty TNHH 3d Việt")]
    [InlineData("Ltd 1,250.00", "Ltd 1,250.00")]
    public void A_dong_sign_read_as_d_glued_to_an_amount_is_the_dong(string text, string expected) =>
        Assert.Equal(expected, DocumentConventions.Default.Normalize(text));

    [Fact]
    public void A_vietnamese_total_whose_dong_sign_ocr_read_as_d_is_read_whole()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Cửa hàng Minh Phát\nSố: 195073\nNgày: 1.8.2022\nThanh tiền đ85'817'000\nThuế GTGT 8% d6'865'360\nPhai tra d92'682'360"));

        Assert.Equal(92682360m, data.TotalAmount);
    }

    [Theory]
    [InlineData(new[] { "Invoice date 01/15/2024", "Due 02/14/2024" }, DateOrder.MonthFirst)]
    [InlineData(new[] { "Invoice date 15/01/2024", "Due 14/02/2024" }, DateOrder.DayFirst)]
    [InlineData(new[] { "Invoice date 03/04/2024" }, DateOrder.DayFirst)]
    public void Numeric_dates_vote_the_order_of_day_and_month(string[] lines, DateOrder expected) =>
        Assert.Equal(expected, DocumentConventions.Vote(lines).DateOrder);

    [Fact]
    public void An_ambiguous_invoice_date_is_read_in_the_order_the_due_date_proves()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Corp\nInvoice No: A-1001\nInvoice Date: 03/04/2024\nDue Date: 04/18/2024\nTotal: 100.00"));

        Assert.Equal("2024-03-04", data.Date);
        Assert.Equal("2024-04-18", data.DueDate);
    }

    [Fact]
    public void Space_grouped_total_is_read_whole_on_a_page_that_groups_with_spaces()
    {
        var page = new LayoutPage()
            .Line(100, (150, "Nordlicht GmbH"))
            .Line(200, (150, "Invoice No: N-2201"))
            .Line(260, (150, "Date: 2024-05-02"))
            .Line(900, (1500, "Subtotal"), (2000, "25 046.86"))
            .Line(960, (1500, "VAT 10%"), (2000, "2 504.69"))
            .Line(1020, (1500, "Total"), (2000, "27 551.55"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal(27551.55m, data.TotalAmount);
        Assert.Equal(25046.86m, data.Subtotal);
    }

    [Fact]
    public void Apostrophe_grouped_total_is_read_whole()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Alpenblick AG\nRechnung Nr. 4471\nDatum: 02.05.2024\nTotal CHF 1'234.50"));

        Assert.Equal(1234.50m, data.TotalAmount);
    }

    [Fact]
    public void A_lone_amount_with_a_group_that_starts_with_zero_votes_for_space_grouping()
    {
        // No price is written "040": "1 040 e" alone in its segment is one amount ("đ" read "e"), and so is "492 000".
        var conventions = DocumentConventions.Vote(["Tiền hàng", "13 000 ¢", "VAT 8%", "1 040 e", "TỔNG CỘNG", "14 040 ö"]);

        Assert.True(conventions.SpaceGrouping);
        Assert.Equal("14040 ö", conventions.Normalize("14 040 ö"));
        Assert.True(DocumentConventions.Vote(["Tổng tiền hàng", "492 000", "TỔNG CỘNG", "541 200"]).SpaceGrouping);
    }

    [Fact]
    public void A_lone_pair_of_groups_without_a_zero_led_group_casts_no_sure_vote()
    {
        var conventions = DocumentConventions.Vote(["Widget", "2 150", "Gadget", "3 125", "Total 1234.50", "VAT 246.90"]);

        Assert.False(conventions.SpaceGrouping);
    }

    [Fact]
    public void Space_grouped_digits_are_read_as_one_amount_for_the_arithmetic()
    {
        Assert.Equal([16_899.19m], DocumentConventions.SpaceGroupedReadings("Gesamtbetrag 16 899.19"));
    }

    [Fact]
    public void A_total_grouped_with_a_space_on_a_page_of_ungrouped_amounts_is_found_through_the_arithmetic()
    {
        // The items OCR printed without their narrow spaces, so the page does not vote for space grouping; the total's
        // label is alone on its row and "16 899.19" below it reads as two amounts unless the arithmetic confirms it.
        var data = _extractor.Extract(new LayoutPage()
            .Line(100, (100, "Bäckerei Beispiel AG"))
            .Line(300, (100, "Rechnung Nr. 2019/847"))
            .Line(400, (100, "Artikel"), (1200, "Anz."), (1500, "E-Preis"), (1900, "Betrag"))
            .Line(460, (100, "Tonerkartusche"), (1200, "10"), (1500, "219.75"), (1900, "2197.50"))
            .Line(520, (100, "Brezel"), (1200, "5"), (1500, "1709.30"), (1900, "8546.50"))
            .Line(580, (100, "Versandkosten"), (1200, "3"), (1500, "1152.33"), (1900, "3456.99"))
            .Line(700, (100, "Netto"), (1900, "14 200.99"))
            .Line(760, (100, "USt 19%"), (1900, "2698.19"))
            .Line(820, (100, "Gesamtbetrag"))
            .Line(870, (1900, "16 899.18"))
            .Build());

        Assert.Equal(16_899.18m, data.TotalAmount);
    }

    [Theory]
    [InlineData("63 793.35", 63_793.35)]
    [InlineData("2 100.00", 100.00)]    // one digit, then a price: may be a count, and stays apart
    public void A_labelled_amount_grouped_with_a_space_is_one_amount_on_a_page_of_ungrouped_amounts(string amount, double expected)
    {
        // OCR dropped the narrow spaces of most amounts ("2513.70"), so the page does not vote for space grouping; the
        // subtotal shares its label's segment, the total stands in its own segment right of its label.
        var data = _extractor.Extract(new LayoutPage()
            .Line(100, (100, "Blue Harbor Trading Ltd"))
            .Line(300, (100, "Bill No: 932336"))
            .Line(360, (100, "Inv. Date 12 Sep 2025"))
            .Line(400, (100, "Product"), (1200, "Qty"), (1500, "Price"), (1900, "Amount"))
            .Line(460, (100, "Maintenance service"), (1200, "9"), (1500, "279.30"), (1900, "2513.70"))
            .Line(520, (100, "Office chair"), (1200, "7"), (1500, "4404.35"), (1900, "30 830.45"))
            .Line(580, (100, "Consulting, 4 hours"), (1200, "4"), (1500, "3514.40"), (1900, "14057.60"))
            .Line(640, (100, "USB-C cable 2 m"), (1200, "6"), (1500, "2789.25"), (1900, "16735.50"))
            .Line(700, (100, "Desk lamp LED"), (1200, "3"), (1500, "1474.50"), (1900, "4423.50"))
            .Line(760, (1400, "Sub-total: " + amount))
            .Line(820, (1400, "Sales Tax 0%: 0.00"))
            .Line(880, (1400, "Total (incl. VAT):"), (1900, amount))
            .Build());

        Assert.Equal((decimal)expected, data.TotalAmount);
    }
}

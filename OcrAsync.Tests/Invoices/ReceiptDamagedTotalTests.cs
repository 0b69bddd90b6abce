namespace OcrAsync.Tests.Invoices;

/// <summary>
/// Till receipts whose total OCR reads badly: the amount right-aligned at the far end of the label's row, a strong total
/// label with one character misread, a Vietnamese amount grouped with spaces and no quantity beside it.
/// </summary>
public sealed class ReceiptDamagedTotalTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Fact]
    public void A_total_right_aligned_at_the_far_end_of_a_narrow_receipt_row_is_paired_with_its_label()
    {
        // An 80 mm receipt at 300 dpi read label column first: "Total TTC" ends at x 237, its amount starts at x 746,
        // beyond the same-row reach (0.45 of 944 px); so are the cash tendered and the change.
        var data = _extractor.Extract(Receipt(
            (57, "Sous-total", 746, "475.00"),
            (57, "TVA 10%", 760, "47.50"),
            (57, "Total TTC", 746, "522.50"),
            (57, "Payé", 746, "530.00"),
            (57, "Rendu", 780, "7.50")));

        Assert.Equal(522.50m, data.TotalAmount);
    }

    [Fact]
    public void A_total_column_caption_does_not_take_the_first_line_amount_under_it()
    {
        // "Total" heads the amounts column beside "Qtd"; OCR cut the total's own label to "al c/ IVA", so the page's
        // arithmetic (net + VAT, and the cash tendered − change) is what names the total.
        var data = _extractor.Extract(new LayoutPage { Width = 944, PageHeight = 1800 }
            .Line(60, (40, "Papelaria Lumen Lda."))
            .Line(300, (40, "Artigo"), (460, "Qtd"), (700, "Total"))
            .Line(350, (40, "Papel A4"), (460, "4"), (700, "53.80"))
            .Line(450, (40, "Valor líquido"), (700, "53.80"))
            .Line(500, (40, "Total IVA"), (720, "3.23"))
            .Line(550, (40, "al c/ IVA"), (700, "57.03"))
            .Line(600, (40, "Numerário"), (700, "60.00"))
            .Line(650, (40, "Troco"), (720, "2.97"))
            .Build());

        Assert.Equal(57.03m, data.TotalAmount);
    }

    [Fact]
    public void A_weak_amount_label_does_not_take_the_amount_at_the_far_end_of_its_row()
    {
        // "Thành tiền" (a line's amount, a column caption) with an amount far to its right; the total line OCR lost:
        // the cash tendered − change, both at the far end of their rows, stands in.
        var data = _extractor.Extract(Receipt(
            (28, "Thành tiền", 760, "128.000"),
            (28, "Tiền khách đưa", 760, "150.000"),
            (28, "Tiền thừa", 780, "9.200")));

        Assert.Equal(140800m, data.TotalAmount);
    }

    [Theory]
    [InlineData("Balance Dve")]
    [InlineData("Totaal te betalem")]
    [InlineData("Importe totel")]
    public void A_strong_total_label_with_one_character_misread_still_labels_the_total(string label)
    {
        // Cash tendered without a change line: no second reading of the total, and the largest amount is the cash.
        var data = _extractor.Extract(Receipt(
            (57, "Toner cartridge", 700, "95.25"),
            (57, "Shipping", 700, "15.45"),
            (57, label, 690, "110.70"),
            (57, "Cash", 690, "120.00")));

        Assert.Equal(110.70m, data.TotalAmount);
    }

    [Fact]
    public void A_total_label_one_character_away_from_a_subtotal_label_is_not_a_total() =>
        Assert.Equal(131.88m, _extractor.Extract(Receipt(
            (57, "Subtotel", 690, "120.99"),
            (57, "VAT 9%", 700, "10.89"),
            (57, "Amount due", 690, "131.88"))).TotalAmount);

    [Fact]
    public void A_vietnamese_total_grouped_with_spaces_and_followed_by_the_dong_is_read_whole()
    {
        // Six-digit amounts make two groups, so only the dong sign after them (read "d") says they are grouped.
        var data = _extractor.Extract(Receipt(
            (40, "3 x 101 000", 480, "303 000"),
            (40, "Tổng tiền hàng", 560, "303 000 d"),
            (40, "Thuế GTGT (8%)", 575, "24 240 d"),
            (40, "Tổng thanh toán", 560, "327 240 d")));

        Assert.Equal(327240m, data.TotalAmount);
        Assert.Equal(24240m, data.TaxAmount);
    }

    [Fact]
    public void A_lone_space_grouped_amount_with_a_currency_after_it_votes_for_space_grouping()
    {
        var conventions = DocumentConventions.Vote(["Bút bi xanh", "3 x 101 000", "303 000", "450 360 VND"]);

        Assert.True(conventions.SpaceGrouping);
        Assert.Equal("303000", conventions.Normalize("303 000"));
        Assert.Equal("VND 197600", conventions.Normalize("VND 197 600"));
        Assert.Equal("SL 2 100", conventions.Normalize("SL 2 100"));
    }

    [Fact]
    public void Lone_space_grouped_amounts_without_a_currency_do_not_vote()
    {
        // (A group that starts with 0, "303 000", does vote: DocumentConventionsTests.)
        var conventions = DocumentConventions.Vote(["Widget", "2 100", "303 500"]);

        Assert.False(conventions.SpaceGrouping);
        Assert.Equal("303 500", conventions.Normalize("303 500"));
    }

    /// <summary>
    /// An 80 mm till receipt at 300 dpi: a vendor, a number, then one row per label with its amount right-aligned, which
    /// OCR reads as two columns: every label first, then every amount (so no OCR line holds a label and its amount).
    /// </summary>
    [Theory]
    [InlineData("494.45", 404.45)]  // a digit of the total misread: subtotal + taxes and cash − change both give 404.45
    [InlineData("404.45", 404.45)]
    [InlineData("404.47", 404.47)]  // before the till's rounding: within it, the total read stays
    public void A_total_both_relations_contradict_is_what_they_give_one_within_a_cent_of_either_stays(string total, decimal expected)
    {
        var data = _extractor.Extract(Receipt(
            (57, "Subtotal", 400, "339.90"),
            (57, "VAT 9%", 420, "5.11"),
            (57, "VAT 21%", 420, "59.46"),
            (57, "TOTAL", 400, total),
            (57, "Cash", 400, "420.00"),
            (57, "Change", 420, "15.55")));

        Assert.Equal(expected, data.TotalAmount);
    }

    [Fact]
    public void A_total_that_agrees_with_only_one_relation_is_kept()
    {
        // Cash − change (25.00) agrees with no subtotal + tax (23.10): one relation against the label is no proof.
        var data = _extractor.Extract(Receipt(
            (57, "Subtotal", 400, "21.00"),
            (57, "VAT 10%", 420, "2.10"),
            (57, "TOTAL", 400, "23.10"),
            (57, "Cash", 400, "30.00"),
            (57, "Change", 420, "5.00")));

        Assert.Equal(23.10m, data.TotalAmount);
    }

    [Fact]
    public void Cash_tendered_close_to_a_total_ocr_never_read_gives_way_to_what_both_relations_give()
    {
        // The total's amount is lost; the cash tendered is within 0.1 % of it, but subtotal + tax and cash − change agree on 29120.49.
        var data = _extractor.Extract(Receipt(
            (57, "Subtotal", 400, "23869.25"),
            (57, "VAT 22%", 400, "5251.24"),
            (57, "Cash", 400, "29130.00"),
            (57, "Change", 420, "9.51")));

        Assert.Equal(29120.49m, data.TotalAmount);
    }

    private static IReadOnlyList<OcrPageResult> Receipt(params (int LabelX, string Label, int AmountX, string Amount)[] rows)
    {
        var page = new LayoutPage { Width = 944, PageHeight = 1400 }
            .Line(80, (240, "Harbor Trading"))
            .Line(200, (57, "Receipt No: 4471"));
        for (var i = 0; i < rows.Length; i++)
        {
            page.Line(500 + 60 * i, (rows[i].LabelX, rows[i].Label));
        }

        for (var i = 0; i < rows.Length; i++)
        {
            page.Line(500 + 60 * i, (rows[i].AmountX, rows[i].Amount));
        }

        return page.Build();
    }
}

namespace OcrAsync.Tests.Invoices;

public sealed class InvoiceFieldExtractorTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Fact]
    public void English_invoice_gives_labelled_fields_and_ignores_order_date_and_zero_balance()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(InvoiceSamples.English));

        Assert.Equal("INV-2024-0042", data.InvoiceNumber);
        Assert.Equal("2024-01-15", data.Date);
        Assert.Equal("2024-02-14", data.DueDate);
        Assert.Equal(132.00m, data.TotalAmount);
        Assert.Equal(110.00m, data.Subtotal);
        Assert.Equal(22.00m, data.TaxAmount);
        Assert.Equal("GBP", data.Currency);
        Assert.Equal("Northwind Traders Ltd", data.VendorName);
        Assert.False(data.NeedsReview, string.Join("; ", data.ReviewReasons));
    }

    [Fact]
    public void English_invoice_line_items_match_quantity_times_price()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(InvoiceSamples.English));

        Assert.Equal(2, data.LineItems.Count);
        Assert.Equal(new InvoiceLineItem("Widget A", 2m, 25.00m, 50.00m), data.LineItems[0]);
        Assert.Equal(new InvoiceLineItem("Service hours", 3m, 20.00m, 60.00m), data.LineItems[1]);
    }

    [Fact]
    public void Agreeing_subtotal_and_tax_raise_total_confidence()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(InvoiceSamples.English, confidence: 0.8));

        Assert.True(data.Fields["total_amount"].Confidence > 0.8);
    }

    [Fact]
    public void Vietnamese_invoice_reads_tong_cong_not_the_thanh_tien_column()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(InvoiceSamples.Vietnamese));

        Assert.Equal(1_500_000m, data.TotalAmount);
        Assert.Equal(1_363_636m, data.Subtotal);
        Assert.Equal(136_364m, data.TaxAmount);
        Assert.Equal("VND", data.Currency);
        Assert.Equal("2024-01-15", data.Date);
        Assert.Equal("0001234", data.InvoiceNumber);
        Assert.Equal("CÔNG TY TNHH THƯƠNG MẠI AN BÌNH", data.VendorName);
        Assert.Equal(2, data.LineItems.Count);
    }

    [Fact]
    public void Receipt_total_is_not_cash_change_or_quantity()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(InvoiceSamples.Receipt));

        Assert.Equal(26.30m, data.TotalAmount);
        Assert.Equal("MYR", data.Currency);
        Assert.Equal("2018-10-19", data.Date);
        Assert.Equal("CS00012345", data.InvoiceNumber);
        Assert.Equal("KEDAI RUNCIT MAJU SDN BHD", data.VendorName);
    }

    [Fact]
    public void Ocr_confusions_in_labels_and_digits_are_tolerated()
    {
        const string text = """
            ACME Supplies Inc
            lnvoice No: 10O42
            Date: 03/15/2024
            Tota1: $1,2O4.50
            """;

        var data = _extractor.Extract(InvoiceSamples.Page(text));

        Assert.Equal("10O42", data.InvoiceNumber);
        Assert.Equal("2024-03-15", data.Date);
        Assert.Equal(1204.50m, data.TotalAmount);
        Assert.Equal("USD", data.Currency);
    }

    [Fact]
    public void Value_on_the_line_below_the_label_is_used()
    {
        const string text = """
            Invoice Number
            A-7781
            Invoice Date
            Jan 15, 2024
            Grand Total
            $ 540.00
            """;

        var data = _extractor.Extract(InvoiceSamples.Page(text));

        Assert.Equal("A-7781", data.InvoiceNumber);
        Assert.Equal("2024-01-15", data.Date);
        Assert.Equal(540.00m, data.TotalAmount);
    }

    [Fact]
    public void Invoice_number_is_not_a_date_or_phone_number()
    {
        const string text = """
            Invoice No: 15/01/2024
            No.: +84 912 345 678
            Total: 10.00
            """;

        var data = _extractor.Extract(InvoiceSamples.Page(text));

        Assert.Null(data.InvoiceNumber);
        Assert.Contains("invoice_number missing", data.ReviewReasons);
    }

    [Fact]
    public void Due_date_alone_is_never_the_invoice_date()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Payment due: 20/02/2024\nTotal 5.00"));

        Assert.Null(data.Date);
        Assert.Equal("2024-02-20", data.DueDate);
        Assert.Contains("date missing", data.ReviewReasons);
    }

    [Fact]
    public void Disagreeing_subtotal_and_tax_lower_total_confidence_and_ask_for_review()
    {
        const string text = """
            Invoice No: 77
            Date: 2024-01-15
            Subtotal 100.00
            Tax 10.00
            Total 120.00
            """;

        var data = _extractor.Extract(InvoiceSamples.Page(text, confidence: 0.95));

        Assert.Equal(120.00m, data.TotalAmount);
        Assert.True(data.NeedsReview);
        Assert.Contains("subtotal + tax (110.00) does not match total (120.00)", data.ReviewReasons);
        Assert.True(data.Fields["total_amount"].Confidence < 0.7);
        Assert.Contains(data.ReviewReasons, r => r.StartsWith("total_amount confidence 0.54 below threshold 0.70", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_labelled_total_the_largest_amount_is_taken_with_low_confidence()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Invoice No: 5\nDate: 2024-01-15\nCoffee 3.50\nCake 12.00"));

        Assert.Equal(12.00m, data.TotalAmount);
        Assert.True(data.Fields["total_amount"].Confidence < 0.5);
        Assert.True(data.NeedsReview);
    }

    [Fact]
    public void Empty_page_reports_every_required_field_missing()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(""));

        Assert.True(data.NeedsReview);
        Assert.Equal(["invoice_number missing", "date missing", "total_amount missing"], data.ReviewReasons);
    }

    [Fact]
    public void Ocr_lines_give_each_field_its_page_box_and_line_confidence()
    {
        var total = new BoundingBox(100, 900, 400, 40);
        OcrLine[] lines =
        [
            new("Invoice # 991", 0.96, new BoundingBox(100, 100, 300, 40)),
            new("Date: 2024-01-15", 0.94, new BoundingBox(100, 150, 300, 40)),
            new("Total: 99.00", 0.5, total),
        ];
        var page = new OcrPageResult(2, "ignored when lines exist", 0.9, 2480, 3508, lines);

        var data = _extractor.Extract([page], confidenceThreshold: 0.6);

        var field = data.Fields["total_amount"];
        Assert.Equal(2, field.Page);
        Assert.Equal(total, field.Bbox);
        Assert.Equal("Total: 99.00", field.Raw);
        Assert.Equal(0.475, field.Confidence, 3);
        Assert.Equal("991", data.Fields["invoice_number"].Value);
        Assert.Equal(["total_amount confidence 0.48 below threshold 0.60"], data.ReviewReasons);
    }

    [Theory]
    [InlineData("Facture n° 2022089083", "2022089083")]
    [InlineData("Invoice INV/2023/03/0008", "INV/2023/03/0008")]
    [InlineData("Số hóa đơn: 0000123", "0000123")]
    [InlineData("Bill No. B-17", "B-17")]
    [InlineData("Invoice #: 42183017", "42183017")]
    [InlineData("Số HĐ: 0005754", "0005754")]
    [InlineData("S6 hóa đơn HD-81471 Khách hàng:", "HD-81471")]
    public void Invoice_number_labels(string line, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(line)).InvoiceNumber);

    [Fact]
    public void Side_by_side_columns_on_one_line_give_each_date_its_own_label()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Order Date: 10/03/2023 Invoice No. 77\nInvoice Date 21/03/2023 Due Date: 04/04/2023"));

        Assert.Equal("2023-03-21", data.Date);
        Assert.Equal("2023-04-04", data.DueDate);
    }

    [Fact]
    public void Vietnamese_order_and_delivery_dates_are_not_the_invoice_date()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Ngày đặt hàng: 02/03/2021\nNgày giao hàng\n05/03/2021\nNgày lập: 14/03/2021"));

        Assert.Equal("2021-03-14", data.Date);
    }

    [Fact]
    public void Vietnamese_total_is_tong_thanh_toan_not_tong_tien_hang_or_cash_given()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(
            "Tổng tiền hàng: 81.632.000\nThuế GTGT 8%: 6.530.560\nTổng thanh toán: 88.162.560\nKhách đã trả: 88.200.000\nTiền thừa: 37.440"));

        Assert.Equal(88_162_560m, data.TotalAmount);
        Assert.Equal(81_632_000m, data.Subtotal);
    }

    [Fact]
    public void Tax_inclusive_subtotal_equal_to_total_is_not_a_conflict()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Subtotaal € 717,97\nBTW 21% € 124,61\nTotaal € 717,97"));

        Assert.Equal(717.97m, data.TotalAmount);
        Assert.DoesNotContain(data.ReviewReasons, r => r.StartsWith("subtotal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tổng tiền thanh toán")]
    [InlineData("Tổng cộng tiền thanh toán")]
    public void A_long_vietnamese_total_caption_under_its_value_is_matched_whole(string caption)
    {
        // Matching only "Tổng tiền" would leave "thanh toán" after the label, and a caption with words after it reads no value above.
        var data = _extractor.Extract(InvoiceSamples.Page($"Công ty CP Đông Á\nSố HĐ: 2025/351\nĐèn bàn 2 49.500.000 99.000.000 VND\n35.253.180 VND\n{caption}"));

        Assert.Equal(35253180m, data.TotalAmount);
    }

    [Fact]
    public void A_total_with_vat_whose_i_ocr_read_as_t_is_the_total_not_a_tax()
    {
        // "Total c/ IVA" (with VAT) read "Total c/TVA": an inclusive total, neither a tax line nor "Total TVA".
        var page = new LayoutPage()
            .Line(170, (135, "Nota Fiscal"), (1330, "05/27/2026"))
            .Line(240, (868, "Ref.: FS 86431"))
            .Line(640, (138, "Artigo Qtd Preco Total"))
            .Line(700, (139, "Pastel de nata"), (800, "4"), (1070, "781,50"), (1380, "3.126,00"))
            .Line(1054, (877, "Base tributável"))
            .Line(1110, (877, "Imposto 6%"))
            .Line(1160, (876, "Total c/TVA"))
            .Line(1054, (1300, "BRL 85.382,30"))
            .Line(1110, (1300, "BRL 5.122,94"))
            .Line(1160, (1300, "BRL 90.505,24"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal(90505.24m, data.TotalAmount);
        Assert.Equal(5122.94m, data.TaxAmount);
    }

    [Fact]
    public void Receipt_vendor_joins_a_broken_company_name_and_fixes_son_bhd()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("HARMONY BOOK\nCO. (M) SON BHD\nTotal RM\n12.00"));

        Assert.Equal("HARMONY BOOK CO. (M) SDN BHD", data.VendorName);
        Assert.Equal("MYR", data.Currency);
    }

    [Theory]
    [InlineData("Gesamtbetrog 1.190,00 €", 1190.00)]          // one letter misread
    [InlineData("[ong tiền thanh toán 1.190.000 đ", 1190000)]  // "Tổng": T read as a bracket
    public void A_long_total_label_damaged_by_one_character_still_labels_the_total(string line, double expected)
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Fischer Haustechnik AG\nRechnung Nr. RG-2020-5632\nDatum 03.01.2020\n" + line + "\nStammkapital 25.000,00 €"));

        Assert.Equal((decimal)expected, data.TotalAmount);
    }
}

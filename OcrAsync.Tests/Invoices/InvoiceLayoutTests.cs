namespace OcrAsync.Tests.Invoices;

/// <summary>Labels paired with their values by position when OCR puts them on different lines.</summary>
public sealed class InvoiceLayoutTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Fact]
    public void Boxed_header_values_read_as_a_separate_block_pair_with_the_label_on_their_row()
    {
        // Tesseract reads the box's label column, then its right-aligned value column, after the vendor block.
        var page = new LayoutPage()
            .Line(200, (150, "CÔNG TY TNHH AN BÌNH"))
            .Line(260, (150, "123 Lê Lợi, Quận 1"))
            .Line(200, (1720, "Số HĐ:"))
            .Line(260, (1720, "Hạn thanh toán:"))
            .Line(320, (1720, "Ngày lập:"))
            .Line(200, (2100, "HD-60095"))
            .Line(260, (2080, "01/10/2021"))
            .Line(320, (2080, "17/09/2021"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal("HD-60095", data.InvoiceNumber);
        Assert.Equal("2021-09-17", data.Date);
        Assert.Equal("2021-10-01", data.DueDate);
    }

    [Fact]
    public void Stacked_header_value_under_its_label_is_found_when_ocr_joins_it_to_the_address_on_its_left()
    {
        var page = new LayoutPage()
            .Line(100, (150, "ACME Supplies Ltd"), (1800, "Invoice No"))
            .Line(150, (150, "123 Main Street"), (1800, "SI-42058"))
            .Line(230, (150, "Springfield 4500"), (1800, "Invoice Date"))
            .Line(280, (150, "Phone 555 0100"), (1800, "15/01/2024"))
            .Line(360, (150, "Bill To:"), (1800, "Due Date"))
            .Line(410, (150, "Globex Corp"), (1800, "14/02/2024"))
            .Line(490, (150, "42 Harbour Road"), (1800, "PO Number"))
            .Line(540, (150, "Shelbyville"), (1800, "4500603865"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal("SI-42058", data.InvoiceNumber);
        Assert.Equal("2024-01-15", data.Date);
        Assert.Equal("2024-02-14", data.DueDate);
    }

    [Fact]
    public void Totals_read_as_a_label_column_then_an_amount_column_pair_row_by_row()
    {
        var page = new LayoutPage()
            .Line(1000, (1500, "Tổng tiền hàng:"))
            .Line(1050, (1500, "Thuế GTGT 8%:"))
            .Line(1100, (1500, "Tổng cộng tiền thanh toán:"))
            .Line(1150, (1500, "Khách đã trả:"))
            .Line(1200, (1500, "Tiền thừa:"))
            .Line(1000, (2100, "81.632.000"))
            .Line(1050, (2120, "6.530.560"))
            .Line(1100, (2100, "88.162.560"))
            .Line(1150, (2100, "88.200.000"))
            .Line(1200, (2200, "37.440"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal(88_162_560m, data.TotalAmount);
        Assert.Equal(81_632_000m, data.Subtotal);
        Assert.Equal(6_530_560m, data.TaxAmount);
    }

    [Fact]
    public void Rows_are_paired_on_a_rotated_scan_after_undoing_its_skew()
    {
        // At 3 degrees an amount 800 px to the right of its label sits a whole line height lower.
        var page = new LayoutPage { Slope = 0.05 }
            .Line(900, (150, "Thank you for your business and prompt payment"))
            .Line(1000, (1300, "Subtotal"))
            .Line(1050, (1300, "VAT 10%"))
            .Line(1100, (1300, "Amount Due"))
            .Line(1150, (1300, "Amount Paid"))
            .Line(1000, (2100, "1,000.00"))
            .Line(1050, (2140, "100.00"))
            .Line(1100, (2100, "1,100.00"))
            .Line(1150, (2100, "2,000.00"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal(1_100.00m, data.TotalAmount);
        Assert.Equal(1_000.00m, data.Subtotal);
        Assert.Equal(100.00m, data.TaxAmount);
    }

    [Fact]
    public void One_ocr_line_spanning_a_wide_gap_is_cut_so_each_label_keeps_its_own_value()
    {
        var page = new LayoutPage()
            .Line(100, (150, "Order Date: 10/03/2023"), (1300, "Invoice Date:"), (2050, "21/03/2023"))
            .Line(150, (150, "Order No: 4471"), (1300, "Invoice No:"), (2050, "77-A"))
            .Line(900, (1300, "Total:"), (2050, "$ 540.00"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal("77-A", data.InvoiceNumber);
        Assert.Equal("2023-03-21", data.Date);
        Assert.Equal(540.00m, data.TotalAmount);
    }

    [Fact]
    public void Short_so_label_stacked_over_its_value_is_read_even_without_its_colon()
    {
        var page = new LayoutPage()
            .Line(200, (150, "Công ty TNHH Việt Tiến"), (1250, "Số"))
            .Line(250, (150, "78 Nguyễn Văn Linh, Đà Nẵng"), (1250, "0004478"))
            .Line(340, (150, "Điện thoại: 028 1519 7669"), (1250, "Số đơn hàng"))
            .Line(390, (150, "Mã số thuế: 0655194296"), (1250, "4500790282"))
            .Build();

        Assert.Equal("0004478", _extractor.Extract(page).InvoiceNumber);
    }

    [Fact]
    public void Title_that_swallowed_a_misread_label_still_labels_the_value_beside_it()
    {
        // OCR joined the title with the box's first label and misread it ("Số:" as "se:"); the value sits to the right.
        var page = new LayoutPage()
            .Line(190, (170, "HOA DON BAN HANG se:"))
            .Line(330, (170, "Công ty CP Thành Đạt"))
            .Line(190, (1680, "88083"))
            .Line(290, (1300, "Ngay 24 thang 06 nam 2023"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal("88083", data.InvoiceNumber);
        Assert.Equal("2023-06-24", data.Date);
    }

    [Fact]
    public void Lone_heading_labels_the_value_under_it_but_a_so_label_wins_and_dates_are_never_numbers()
    {
        var titleOnly = new LayoutPage()
            .Line(100, (150, "Sammy Maystone"), (1900, "INVOICE"))
            .Line(150, (1930, "# invoice_number_1"))
            .Build();
        var headerCell = new LayoutPage()
            .Line(1170, (180, "Klant"), (600, "Order"), (1310, "Factuur datum"), (1800, "Factuur"), (2085, "Vervaldatum"))
            .Line(1230, (180, "SCONL0303006280999"), (600, "SCONL000000444"), (1410, "8-9-2022"), (1700, "VF1005193039"), (2100, "22-9-2022"))
            .Build();
        var titleAndLabel = new LayoutPage()
            .Line(350, (150, "HOA DON"), (1050, "Ngày 07 tháng 12 năm 2023"))
            .Line(170, (1050, "Số"))
            .Line(210, (1050, "HD-79285"))
            .Build();

        Assert.Equal("invoice_number_1", _extractor.Extract(titleOnly).InvoiceNumber);
        var saeco = _extractor.Extract(headerCell);
        Assert.Equal("VF1005193039", saeco.InvoiceNumber);
        Assert.Equal("2022-09-08", saeco.Date);
        Assert.Equal("2022-09-22", saeco.DueDate);
        Assert.Equal("HD-79285", _extractor.Extract(titleAndLabel).InvoiceNumber);
    }

    [Fact]
    public void A_totals_row_is_read_to_its_last_amount_column()
    {
        var page = new LayoutPage()
            .Line(1500, (160, "Montant EUR HT"), (1250, "Montant TVA"), (2000, "Montant EUR TTC"))
            .Line(1560, (160, "Total facture"), (1400, "24.99"), (1700, "5.00"), (2200, "29.99"))
            .Line(1700, (160, "Total Sales Inclusive 6% GST (3)"), (1400, "39.90"))
            .Build();

        Assert.Equal(39.90m, _extractor.Extract(page).TotalAmount);
        Assert.Equal(29.99m, _extractor.Extract(new LayoutPage()
            .Line(1560, (160, "Total facture"), (1400, "24.99"), (1700, "5.00"), (2200, "29.99")).Build()).TotalAmount);
    }

    [Fact]
    public void On_a_warped_photo_the_amount_ocr_read_right_after_total_is_taken()
    {
        // The amount column sits 20 px low: too low for the row test, not under "Total" either.
        var page = new LayoutPage()
            .Line(900, (140, "Item"), (700, "Amount"))
            .Line(946, (140, "Total"))
            .Line(968, (750, "5.00"))
            .Line(985, (140, "Rounding Adjustment"))
            .Line(1007, (750, "0.00"))
            .Line(1100, (140, "Cash"))
            .Line(1100, (750, "10.00"))
            .Build();

        Assert.Equal(5.00m, _extractor.Extract(page).TotalAmount);
    }

    [Fact]
    public void A_label_with_its_own_value_beside_it_does_not_label_the_date_under_it()
    {
        // The boxed row "Ngày lập:" was lost by OCR; its self-labelled value sits under the order-date row.
        var page = new LayoutPage()
            .Line(290, (1300, "Ngày đặt hàng:"))
            .Line(290, (1950, "17/12/2022"))
            .Line(370, (1500, "Ngày 22 tháng 12 năm 2022"))
            .Build();

        Assert.Equal("2022-12-22", _extractor.Extract(page).Date);
    }

    [Theory]
    [InlineData("S6 héa don", "0005509")]
    [InlineData("Sf} hóa đơn", "0005509")]
    [InlineData("Sĩ hóa don:", "HD-43452")]
    public void Misread_so_hoa_don_labels_still_label_the_value_beside_them(string label, string value)
    {
        var page = new LayoutPage()
            .Line(350, (1300, label))
            .Line(355, (2040, value))
            .Build();

        Assert.Equal(value, _extractor.Extract(page).InvoiceNumber);
    }

    [Fact]
    public void Misread_tong_cong_tien_thanh_toan_is_still_the_total()
    {
        var page = new LayoutPage()
            .Line(1550, (1120, "Tổng tiền hàng"), (2020, "94.595.000"))
            .Line(1620, (1120, "Thuế GTGT 8%"), (2050, "7.567.600"))
            .Line(1690, (1120, "Tổnh cộng tiền thanh toán"), (1950, "102.162.600"))
            .Line(1760, (1120, "Khách đã trả"), (1950, "102.200.000"))
            .Build();

        Assert.Equal(102_162_600m, _extractor.Extract(page).TotalAmount);
    }

    [Fact]
    public void A_date_cut_in_two_pieces_on_its_row_is_read_joined()
    {
        var page = new LayoutPage()
            .Line(433, (141, "Ngay 11 thang 10"))
            .Line(435, (490, "nam 2021"))
            .Line(500, (141, "Hạn thanh toán:"), (450, "25/10/2021"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal("2021-10-11", data.Date);
        Assert.Equal("2021-10-25", data.DueDate);
    }

    [Theory]
    [InlineData("INV- 2022-3966", "INV-2022-3966")]
    [InlineData("HD -52562", "HD-52562")]
    public void A_space_that_ocr_put_beside_the_hyphen_of_a_number_is_dropped(string read, string expected)
    {
        var page = new LayoutPage()
            .Line(560, (1130, "Invoice Number:"))
            .Line(560, (1450, read))
            .Build();

        Assert.Equal(expected, _extractor.Extract(page).InvoiceNumber);
    }

    [Fact]
    public void Tax_invoice_heading_stacked_over_its_number_labels_it_but_the_title_beside_it_does_not()
    {
        var page = new LayoutPage()
            .Line(420, (1565, "Invoice Date"))
            .Line(480, (1565, "24.10.2021"))
            .Line(577, (215, "SALES INVOICE"), (1563, "Tax Invoice"))
            .Line(644, (1566, "PB96554"))
            .Line(716, (211, "Customer:"))
            .Line(794, (210, "Umbrella Foods"), (1566, "9211 9021"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal("PB96554", data.InvoiceNumber);
        Assert.Equal("2021-10-24", data.Date);
    }
}

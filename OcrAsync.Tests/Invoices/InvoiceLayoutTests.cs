using OcrAsync.Core.Invoices;

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
}

namespace OcrAsync.Tests.Invoices;

/// <summary>Receipt numbers under the labels tills print (label lexicon, <c>invoice_number</c>).</summary>
public sealed class ReceiptNumberTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("Cửa hàng Sao Mai\nMã GD: 7-146533\nTổng cộng 120000", "7-146533")]        // Mã giao dịch: transaction code.
    [InlineData("Cửa hàng Sao Mai\nMã giao dịch: 4-201788\nTổng cộng 120000", "4-201788")]
    public void Vietnamese_transaction_code_is_the_receipt_number(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);

    [Theory]
    [InlineData("Cửa hàng Minh Khai\n5ö phiếu: 29172\nTổng tiền 919600", "29172")]      // "Số" with its S read as a 5
    [InlineData("Tienda Ortega S.L.\nImporte total 423,74\nNe: 46833", "46833")]         // "Nº:"
    [InlineData("Boulangerie Marchal\nRét. 42374\nTOTAL TTC 55,68", "42374")]             // "Réf."
    [InlineData("Papelaria Nunes Lda.\nAv. da Boavista 50, 4100-112\nPorto\nDoc. 1 37708\nTotal 421,77", "37708")] // "Doc. nº", its nº read as a 1
    [InlineData("Công ty CP Hải Đăng\nSH: 6-517302\nTổng cộng 1.678.000", "6-517302")]   // "Số:", its ố read as an H
    [InlineData("Tienda Ortega S.L.\nN® 4-83310\nImporte total 423,74", "4-83310")]       // "Nº", its º read as a registered sign
    [InlineData("Tienda Ortega S.L.\n9; R4401263\nImporte total 423,74", "R4401263")]    // "Nº:", its N lost, º read as 9
    public void A_receipt_number_label_ocr_damaged_still_names_the_number(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);

    [Theory]
    [InlineData("Corner Supplies Ltd\nSH: 5.00\nTotal 45.00")]   // shipping and handling: an amount
    [InlineData("Corner Supplies Ltd\nSH: 12 Main St\nTotal 45.00")]
    [InlineData("Corner Supplies Ltd\n9; 12,50\nTotal 45.00")]   // "9;" before an amount
    [InlineData("Corner Supplies Ltd\nItem 9; 12345 pcs\nTotal 45.00")]
    public void SH_or_9_before_anything_but_a_code_labels_no_number(string text) =>
        Assert.Null(_extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);

    [Theory]
    [InlineData("SH:")]
    [InlineData("9;")]
    public void SH_or_9_alone_labels_the_code_at_the_end_of_its_row(string label)
    {
        var page = new LayoutPage { Width = 640 }
            .Line(100, (40, "Công ty CP Hải Đăng"))
            .Line(200, (40, label), (500, "6-517302"))
            .Line(600, (40, "Tổng cộng"), (440, "1.678.000"))
            .Build();

        Assert.Equal("6-517302", _extractor.Extract(page).InvoiceNumber);
    }

    [Fact]
    public void A_row_under_a_bare_label_that_opens_with_a_date_label_gives_it_no_value()
    {
        // The day OCR misread (91 for 01), so no date is read on that row and its "91" looked like a value.
        var page = new LayoutPage()
            .Line(100, (150, "Công ty CP Hải Đăng"))
            .Line(200, (150, "Số:"), (500, "6-517302"))
            .Line(240, (170, "Ngày 91 tháng 03 năm 2023"))
            .Line(600, (150, "Tổng cộng"), (500, "1.678.000"))
            .Build();

        Assert.Equal("6-517302", _extractor.Extract(page).InvoiceNumber);
    }
}

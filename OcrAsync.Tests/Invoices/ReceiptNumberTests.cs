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
    [InlineData("Tienda Ortega S.L.\nN9; 3-633265\nImporte total 423,74", "3-633265")]    // "Nº:", its colon read as a semicolon
    [InlineData("Tienda Ortega S.L.\nN8; 47125\nImporte total 423,74", "47125")]          // the same, its º read as 8
    [InlineData("Papelaria Nunes Lda.\nN&: 43654\nTotal 421,77", "43654")]                // "Nº:", its º read as &
    [InlineData("Tienda Ortega S.L.\nNs 2-336879\nImporte total 423,74", "2-336879")]     // "Nº", its º read as s
    [InlineData("Boulangerie Marchal\nRef, 59597\nTOTAL TTC 55,68", "59597")]             // "Réf.", its dot read as a comma
    [InlineData("Tienda Ortega S.L.\n9: 5-935021\nImporte total 423,74", "5-935021")]     // "Nº:", its N lost, º read as 9
    public void A_receipt_number_label_ocr_damaged_still_names_the_number(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);

    [Theory]
    [InlineData("Corner Supplies Ltd\nSH: 5.00\nTotal 45.00")]   // shipping and handling: an amount
    [InlineData("Corner Supplies Ltd\nSH: 12 Main St\nTotal 45.00")]
    [InlineData("Corner Supplies Ltd\n9; 12,50\nTotal 45.00")]   // "9;" before an amount
    [InlineData("Corner Supplies Ltd\nItem 9; 12345 pcs\nTotal 45.00")]
    [InlineData("Corner Supplies Ltd\nOpen 9:30 to 18:00\nTotal 45.00")]   // a time
    [InlineData("Corner Supplies Ltd\n9: 30\nTotal 45.00")]                 // too short for a code after "9:"
    [InlineData("Corner Supplies Ltd\nNs 12,50\nTotal 45.00")]              // before an amount
    [InlineData("Corner Supplies Ltd\nRef, see overleaf\nTotal 45.00")]
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

    [Theory]
    [InlineData("Tienda Ortega S.L.\nFecha 12/02/2024\n4-529319\nImporte total 423,74", "4-529319")]   // its label lost
    [InlineData("Cartoleria Conti\nento n. 9-657995\nTotale 12,50", "9-657995")]                       // its label cut at the edge
    public void A_tills_one_digit_series_and_its_number_is_a_code_without_a_label(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);

    [Theory]
    [InlineData("Tienda Ortega S.L.\nTel. 3-612345\nImporte total 423,74")]   // a phone's line
    [InlineData("Tienda Ortega S.L.\nLote 1-23456789\nImporte total 423,74")] // too long for a till's number
    [InlineData("Tienda Ortega S.L.\nFecha 1-052024.5\nImporte total 423,74")]
    public void A_one_digit_series_code_is_not_read_where_another_number_is(string text) =>
        Assert.Null(_extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);

    [Fact]
    public void An_item_rows_quantity_and_price_under_a_title_is_no_number()
    {
        // The number's row lost to a tilted column: the title's row below is an item with its quantity and unit price.
        var page = new LayoutPage { Width = 640 }
            .Line(100, (40, "Zimmermann Software AG"))
            .Line(200, (40, "RECHNUNG"))
            .Line(260, (40, "Apfelschorle 4x34.70"), (500, "138.80"))
            .Line(600, (40, "Brutto"), (440, "436.19"))
            .Build();

        Assert.NotEqual("4x34.70", _extractor.Extract(page).InvoiceNumber);
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

    [Theory]
    [InlineData("Redwood Analytics LLC\n450 Market St, San Francisco, CA 94105\nRECEIPT\nToner cartridge 2x11.50 23.00\nTotal Amount 24.84\nNo.\n50217", "50217")] // "receipt #" without its sign: the address above is no number
    public void A_receipts_title_alone_is_no_damaged_number_label(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);

    [Fact]
    public void A_receipts_title_alone_labels_no_item_row_under_it()
    {
        // "BELEG" is a bare label only beside its value ("Beleg 4711"); printed alone it is the receipt's title.
        var text = "Schneider Druck AG\nTel.: (406) 890-8759\nBELEG\nKopierpapier A4, 500 Blatt\nSumme 95,10";
        Assert.Null(_extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);
    }

    [Fact]
    public void The_decimals_of_an_amount_under_a_bare_label_are_no_number()
    {
        var text = "Schneider Druck AG\nNr.\nVersandkosten 2x47,55\nSumme 95,10";
        Assert.Null(_extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);
    }

    [Theory]
    [InlineData("Invoice Total", "C$ 67.30")]
    [InlineData("Invoice Date:", "09/27,")]
    public void A_heading_that_names_another_field_labels_no_number(string heading, string value)
    {
        var page = new LayoutPage { Width = 640 }
            .Line(100, (40, "Maple Office Supply Inc."))
            .Line(200, (40, heading), (460, value))
            .Line(240, (40, "Doc, nơ. 1-795800"))
            .Line(600, (40, "Total"), (460, "67.30"))
            .Build();

        Assert.Equal("1-795800", _extractor.Extract(page).InvoiceNumber);
    }
}

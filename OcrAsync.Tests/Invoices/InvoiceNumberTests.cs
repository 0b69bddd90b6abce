namespace OcrAsync.Tests.Invoices;

/// <summary>Invoice numbers: shapes that look like something else, prefixes that look like labels, Vietnamese series.</summary>
public sealed class InvoiceNumberTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Fact]
    public void A_zero_padded_number_right_of_its_label_is_not_taken_for_a_phone_number()
    {
        var page = new LayoutPage()
            .Line(100, (150, "Công ty Cổ phần Thành Đạt"))
            .Line(300, (150, "Số HĐ"), (700, "00204045"))
            .Line(350, (150, "Điện thoại: 0912345678"))
            .Build();

        Assert.Equal("00204045", _extractor.Extract(page).InvoiceNumber);
    }

    [Fact]
    public void The_abbreviated_vietnamese_label_ma_HĐ_beats_a_total_printed_next_to_the_title()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Công ty CP Đông Á\nHÓA ĐƠN 22 129 200\nMã HĐ: 2020/277 Ngày HĐ: 28/05/2020\nTổng thanh toán 22 129 200"));

        Assert.Equal("2020/277", data.InvoiceNumber);
    }

    [Theory]
    [InlineData("No.: 0912345678")]
    [InlineData("No.: 028-3812-3456")]
    [InlineData("Invoice No: 028 3812 3456")]
    [InlineData("Invoice No: +44 113 496 0000")]
    public void A_phone_number_after_a_number_label_is_not_the_invoice_number(string line) =>
        Assert.Null(_extractor.Extract(InvoiceSamples.Page("ACME Ltd\n" + line + "\nTotal 10.00")).InvoiceNumber);

    [Theory]
    [InlineData("Điện thoại: 661-5929")]
    [InlineData("ĐT: 028-3812")]
    [InlineData("SĐT 0283-812345")]
    [InlineData("Hotline (122) 661-5929")]
    [InlineData("Liên hệ (028) 3812-3456")] // an area code in parentheses, whatever the label
    public void A_phone_number_labelled_as_a_phone_is_no_unlabelled_invoice_number(string line) =>
        Assert.Null(_extractor.Extract(InvoiceSamples.Page("Công ty TNHH Minh Phát\n9 Hùng Vương, Cần Thơ\n" + line + "\nTổng cộng 883 300")).InvoiceNumber);

    [Theory]
    [InlineData("Tel. (547) 858-6876")]
    [InlineData("Fax 0521 77 88 99")]
    [InlineData("Ordine n. 4471")]
    public void A_neighbour_that_opens_with_another_numbers_label_gives_no_value_to_a_title_label(string above)
    {
        var page = new LayoutPage()
            .Line(100, (150, "Rossi Forniture S.r.l."))
            .Line(160, (150, above))
            .Line(200, (150, "FATTURA N."))
            .Line(260, (150, "Numero fattura: FPR 2019-8627"))
            .Line(600, (150, "Totale"), (700, "1.234,50"))
            .Build();

        Assert.Equal("FPR 2019-8627", _extractor.Extract(page).InvoiceNumber);
    }

    [Theory]
    [InlineData("Số HB: 002021-3162", "002021-3162")]  // the Đ of "HĐ" read as B
    [InlineData("Sf} HO: 97913", "97913")]             // as O, and the "ố" of "Số" damaged
    [InlineData("SO) HO: 97913", "97913")]
    public void A_vietnamese_number_label_whose_Đ_OCR_read_as_B_or_O_still_labels_the_number(string line, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Công ty CP Hòa Bình\nĐT: 083 2530 2678\n" + line + "\nTổng cộng VND 3.138.300")).InvoiceNumber);

    [Theory]
    [InlineData("No.: 00204045", "00204045")]
    [InlineData("Số HĐ: 002019-5292", "002019-5292")]
    [InlineData("Invoice No: 0912345678", "0912345678")]
    public void Digits_shaped_like_a_phone_are_the_number_when_the_label_or_their_length_says_so(string line, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("ACME Ltd\n" + line + "\nTotal 10.00")).InvoiceNumber);

    [Theory]
    [InlineData("N. N.2020-1868", "N.2020-1868")]
    [InlineData("Doc. n.º FT W/459", "FT W/459")]
    [InlineData("Doc. n.2 FT A/123", "FT A/123")]
    public void A_number_whose_prefix_looks_like_a_label_or_a_series_keeps_its_prefix(string line, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Papelaria Costa Lda\n" + line + "\nTotal 10,00")).InvoiceNumber);

    [Theory]
    [InlineData("Cửa hàng Sài Gòn Xanh\nHÓA ĐƠN BÁN HÀNG\nSố hóa đơn: HD2026-9806\nTổng cộng 120.000", "HĐ2026-9806")]
    [InlineData("Cửa hàng Sài Gòn Xanh\nHÓA ĐƠN BÁN HÀNG\nSố hóa đơn: HD-2026-9806\nTổng cộng 120.000", "HD-2026-9806")]
    [InlineData("Harbour Supplies Ltd\nINVOICE\nInvoice No: HD2026-9806\nTotal 120.00", "HD2026-9806")]
    public void Vietnamese_series_HĐ_whose_stroke_OCR_lost_is_restored_only_on_Vietnamese_pages(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);

    [Theory]
    [InlineData("Ne da fatura: 249282", "249282")] // "Nº" read "Ne"
    [InlineData("Tigue n° 68935", "68935")] // "Tique nº": one letter misread
    [InlineData("Fatura n.9 FS 98132", "FS 98132")] // "n.º" read "n.9": the sign stays with the label
    [InlineData("Ne da fatura: BL570", "BL570")] // the value starts with letters
    [InlineData("Numcro de faclura: CW562", "CW562")] // a long label with two characters misread
    [InlineData("Rechnungsnumrner BL570", "BL570")]
    [InlineData("Documento commerciale\nSubtotale 26,40", null)] // a phrase with its last letter lost ("documento n.") is no label before other words
    public void A_number_label_damaged_by_one_character_still_labels_its_value(string line, string? expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Papelaria Costa Lda\nRua Augusta 100\n" + line + "\nTotal 10,00")).InvoiceNumber);

    [Theory]
    [InlineData("Trans # 9~131958", "9-131958")]        // the hyphen read as a tilde
    [InlineData("Receipt No: 4\u2013244688", "4-244688")] // read as an en dash
    [InlineData("Invoice No: INV\u20142024\u201417", "INV-2024-17")]
    public void A_hyphen_OCR_read_as_a_tilde_or_a_long_dash_keeps_the_number_whole(string line, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Harbour Supplies Ltd\n" + line + "\nTotal 10.00")).InvoiceNumber);

    [Theory]
    [InlineData("No. 002019-4062", "002019-4062")]     // five digits or more before the hyphen: no area code
    [InlineData("Ref.: FT R/337", "FT R/337")]         // a lettered series after a weak label
    [InlineData("Ref.: FT 2024/31", "FT 2024/31")]
    public void A_weak_label_names_numbers_shaped_like_a_zero_padded_series_or_a_lettered_series(string line, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Papelaria Costa Lda\n" + line + "\nTotal 10,00")).InvoiceNumber);

    [Theory]
    [InlineData("Invoice No: TNV-2024-0117", "INV-2024-0117")]
    [InlineData("Invoice No: 1NV20240117", "INV20240117")]
    [InlineData("Invoice No: lNV-55121", "INV-55121")]
    [InlineData("Factura n.º: EAC-42368", "FAC-42368")]
    [InlineData("Invoice No: TNT-2024-0117", "TNT-2024-0117")]   // two letters away from INV: printed so
    [InlineData("Invoice No: EA-42368", "EA-42368")]             // a two-letter prefix is left as read
    [InlineData("Invoice No: INV-2024-0117", "INV-2024-0117")]
    [InlineData("Factura n.º: PAC-2023-7057", "FAC-2023-7057")]  // F with its bar filled in by noise
    public void The_first_letter_of_an_INV_or_FAC_prefix_read_as_a_look_alike_is_restored(string line, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Northwind Traders Ltd\n" + line + "\nTotal 10.00")).InvoiceNumber);

    [Theory]
    [InlineData("Số HĐ: 2X69345")]
    [InlineData("Invoice No: 8L40211")]
    [InlineData("Invoice No: 12AB345")]
    public void A_number_that_opens_with_a_digit_before_letters_is_left_as_read(string line) =>
        // Real series open with a digit too (a type digit before the letters): nothing on the page says it was a letter.
        Assert.Equal(line[(line.IndexOf(':') + 2)..], _extractor.Extract(InvoiceSamples.Page("Công ty CP Hòa Bình\n" + line + "\nTổng cộng 120 000")).InvoiceNumber);

    [Theory]
    [InlineData("Ma HB: 740613", "740613")]
    [InlineData("Mã HO: 2020/118", "2020/118")]
    public void A_vietnamese_code_label_whose_Đ_OCR_read_as_B_or_O_still_labels_the_number(string line, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Công ty TNHH Sài Gòn Xanh\n" + line + "\nNgày HĐ: 2020-01-11\nTổng cộng 26 997 300")).InvoiceNumber);

    [Theory]
    [InlineData("Sp HB", "00216382")]   // "Số HĐ" as a column's caption, read without its marks
    [InlineData("Số HO", "00216382")]
    [InlineData("Hộ HB", null)]        // no "Số" or "Mã" before it: no label
    public void A_vietnamese_number_caption_whose_Đ_OCR_read_as_B_or_O_labels_the_value_under_it(string caption, string? expected)
    {
        var page = new LayoutPage()
            .Line(100, (150, "Công ty CP Đông Á"))
            .Line(200, (150, "Ngày:"), (700, caption), (1100, "Mã đơn hàng:"))
            .Line(250, (150, "27 tháng 11, 2021"), (700, "00216382"), (1100, "PO-81053"))
            .Line(600, (150, "Tổng cộng"), (1100, "65 795 760"))
            .Build();

        Assert.Equal(expected, _extractor.Extract(page).InvoiceNumber);
    }

    [Theory]
    [InlineData("CHF 7957,26")]    // a currency code
    [InlineData("MXN 28 427,86")]  // letters whose digits go on in groups
    [InlineData("BRL 7957.26")]    // or with decimals
    public void A_currency_code_beside_a_title_is_no_series_prefix(string amount)
    {
        var page = new LayoutPage()
            .Line(100, (150, "Papeterie du Centre S.A.R.L."))
            .Line(200, (150, "FACTURE N°"), (900, amount))
            .Line(260, (150, "Date facture 11.9.2026"), (900, "Fact. n° 691094"))
            .Line(600, (150, "Total TTC"), (900, amount))
            .Build();

        Assert.Equal("691094", _extractor.Extract(page).InvoiceNumber);
    }

    [Theory]
    [InlineData("Fatura n.º FTX/450", "FT X/450")]      // the space between type and series lost
    [InlineData("Fatura n.º NCAB/12", "NC AB/12")]
    [InlineData("Fatura n.º FT X/450", "FT X/450")]
    [InlineData("Fatura n.º FT2024/339", "FT2024/339")]  // a year series is printed glued as often: left as read
    [InlineData("Fatura n.º FAB/450", "FAB/450")]       // no Portuguese document type
    public void A_portuguese_document_type_glued_to_its_lettered_series_gets_its_space_back(string line, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Papelaria Costa Lda\n" + line + "\nTotal 10,00")).InvoiceNumber);

    [Theory]
    [InlineData("Factura n.º 50 012,82\nNº Factura: 223611", "223611")]
    [InlineData("FATTURA N. €22.154,60\nFattura n. N.2026-3648", "N.2026-3648")]
    public void The_whole_part_of_an_amount_after_a_number_label_loses_to_a_number_under_another_label(string lines, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Distribuciones Ortega S.L.\n" + lines + "\nTotal 10,00")).InvoiceNumber);

    [Fact]
    public void A_postcode_before_its_town_is_not_taken_for_an_unlabelled_number()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Papelaria Costa Lda\nRua da Sofia 12, 3000-389 Coimbra\nFATURA\nFT2024/3391\nTotal 10,00"));

        Assert.Equal("FT2024/3391", data.InvoiceNumber);
    }

    [Fact]
    public void A_value_with_a_label_of_its_own_is_not_taken_for_the_number_label_below_it()
    {
        var page = new LayoutPage()
            .Line(100, (150, "Schneider Druck GmbH"))
            .Line(300, (1000, "Steuer-Nr.: 0757751147"))
            .Line(350, (1000, "Rechnung Nr."))
            .Line(400, (150, "Nr. 293526"))
            .Build();

        Assert.Equal("293526", _extractor.Extract(page).InvoiceNumber);
    }

    [Fact]
    public void An_amount_right_of_a_title_loses_to_a_number_under_a_weaker_label()
    {
        var page = new LayoutPage()
            .Line(100, (150, "Suministros Sanchez SL"))
            .Line(200, (150, "Factura nº"), (1100, "9482.04 MXN"))
            .Line(400, (800, "N.º: 145901"))
            .Build();

        Assert.Equal("145901", _extractor.Extract(page).InvoiceNumber);
    }

    [Theory]
    [InlineData("Công ty CP Đông Á\nHÓA ĐƠN\nSố HĐ: HĐ 72071\nTổng cộng 120.000", "HĐ 72071")] // a Vietnamese series with its stroke
    [InlineData("Công ty CP Đông Á\nHÓA ĐƠN\nNo. HD - 26797\nTổng cộng 120.000", "HD-26797")] // a hyphen OCR spaced on both sides
    public void A_series_prefix_OCR_parted_from_its_digits_stays_with_them(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);

    [Theory]
    [InlineData("Tipografia Lda\nFT 75259\nTotal 10,00", "FT 75259")]   // no label read: the series printed apart from its number
    [InlineData("Tipografia Lda\nEUR 75259\nTotal 10,00", null)]        // a currency code before a whole amount is no series
    public void A_series_and_number_printed_apart_with_no_label_is_an_unlabelled_code(string text, string? expected)
    {
        var data = _extractor.Extract(InvoiceSamples.Page(text));

        Assert.Equal(expected, data.InvoiceNumber);
        Assert.Equal(expected is not null, expected is not null && data.Fields["invoice_number"].Guessed);
    }

    [Fact]
    public void A_series_printed_apart_before_an_unlabelled_number_is_part_of_it()
    {
        // The number's caption under the row was lost: only the code's shape names it.
        var data = _extractor.Extract(InvoiceSamples.Page("Papelaria Costa Lda\nFatura\n2019/01/07 FT 2019-7021 2019/02/06\nTotal 10,00"));

        Assert.Equal("FT 2019-7021", data.InvoiceNumber);
    }

    [Fact]
    public void Nº_read_as_Ne_alone_in_its_column_labels_the_value_beside_it()
    {
        var page = new LayoutPage()
            .Line(100, (150, "Martins Comércio Lda."), (1500, "FATURA-RECIBO"))
            .Line(200, (150, "Telefone: 065 4445 9150"), (1300, "Ne"), (1800, "FS 68313"))
            .Line(250, (150, "NIF: XB558072158"), (1300, "Data da fatura:"), (1800, "13/jan/2024"))
            .Build();

        Assert.Equal("FS 68313", _extractor.Extract(page).InvoiceNumber);
    }

    [Theory]
    [InlineData("Ne FS 68313", "FS 68313")]
    [InlineData("Ne 2019-7021", "2019-7021")]
    [InlineData("Ne pas plier 12", null)] // the French word before other words is no label
    public void Nº_read_as_Ne_before_nothing_but_a_code_labels_it(string line, string? expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Papelaria Costa Lda\nRua Augusta 100\n" + line + "\nTotal 10,00")).InvoiceNumber);
}

namespace OcrAsync.Tests.Invoices;

/// <summary>Labels OCR garbles or prints apart from their value: "Nº" read as "N9", captions under their values, series prefixes.</summary>
public sealed class LabelPlacementTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("n9 fac-1", "nº fac-1")]
    [InlineData("doc. n.9 lk5", "doc. n.º lk5")]
    [InlineData("n2: 77", "nº: 77")]
    [InlineData("n8 a-44919", "nº a-44919")]
    [InlineData("n.8 2021/941", "n.º 2021/941")]
    [InlineData("n92 77", "n92 77")]
    [InlineData("in9 77", "in9 77")]
    public void Ocr_reading_of_the_numero_sign_is_undone_in_labels(string text, string expected) =>
        Assert.Equal(expected, TextFolding.LabelForm(text));

    [Theory]
    [InlineData("n8 A-44919")]
    [InlineData("Factura n8 A-44919")]
    public void A_numero_sign_read_as_8_is_a_label_not_the_number(string line) =>
        Assert.Equal("A-44919", _extractor.Extract(InvoiceSamples.Page("Suministros Sánchez S.L.\n" + line + "\nTotal 10,00")).InvoiceNumber);

    [Fact]
    public void Invoice_number_labelled_nº_read_as_n9_is_found_below_its_label()
    {
        var page = new LayoutPage()
            .Line(100, (150, "Suministros Sánchez S.L."))
            .Line(300, (150, "Factura n9"), (900, "Fecha:"))
            .Line(350, (150, "FAC-2023-9879"), (900, "4 de agosto de 2023"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal("FAC-2023-9879", data.InvoiceNumber);
        Assert.Equal("2023-08-04", data.Date);
    }

    [Fact]
    public void Captions_printed_under_their_values_label_the_values_above()
    {
        var page = new LayoutPage()
            .Line(100, (150, "Fischer Bürobedarf GmbH"))
            .Line(300, (150, "03/01/2020"), (700, "RG2020-5632"))
            .Line(350, (150, "Datum"), (700, "Rechnungsnummer"))
            .Line(900, (1800, "39 911.29"))
            .Line(950, (1800, "TOTAL"))
            .Build();

        var data = _extractor.Extract(page);

        Assert.Equal("RG2020-5632", data.InvoiceNumber);
        Assert.Equal(39911.29m, data.TotalAmount);
    }

    [Theory]
    [InlineData("N. FPR 195907", "FPR 195907")]
    [InlineData("Nº FAC-90672", "FAC-90672")]
    [InlineData("Invoice No: INV 2024-7", "INV 2024-7")]
    public void Short_labels_and_series_prefixes_keep_the_whole_number(string line, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page("Rossi Forniture S.r.l.\n" + line + "\nTotale 10,00")).InvoiceNumber);

    [Fact]
    public void The_first_caption_of_a_header_row_labels_the_first_value_of_the_row_below()
    {
        var page = new LayoutPage()
            .Line(100, (150, "Contoso Office Supply Limited"))
            .Line(300, (150, "Doc. no. Date of Issue: P.O. Number:"))
            .Line(350, (150, "INV-2021-9807 2021-05-05 PO-52621"))
            .Build();

        Assert.Equal("INV-2021-9807", _extractor.Extract(page).InvoiceNumber);
    }

    [Theory]
    [InlineData("Cửa hàng Minh Phát\nSố phiếu: 79506\nPhải trả: 140.800 đ", "79506", "140800")]
    public void Vietnamese_receipt_labels_are_read(string text, string number, string total)
    {
        var data = _extractor.Extract(InvoiceSamples.Page(text));

        Assert.Equal(number, data.InvoiceNumber);
        Assert.Equal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), data.TotalAmount);
    }
}

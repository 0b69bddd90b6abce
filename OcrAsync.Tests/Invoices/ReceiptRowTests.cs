namespace OcrAsync.Tests.Invoices;

/// <summary>
/// Till receipts print each header field as one row, a short label at the left and its value right-aligned at the end:
/// OCR reads the labels as one column and the values as another, and the two sit further apart than a column's reach.
/// </summary>
public sealed class ReceiptRowTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Fact]
    public void A_number_right_aligned_at_the_far_end_of_a_receipt_row_is_paired_with_its_label() =>
        Assert.Equal("4-336460", _extractor.Extract(ReceiptHeader()).InvoiceNumber);

    [Fact]
    public void A_date_right_aligned_at_the_far_end_of_a_receipt_row_is_preferred_to_an_unlabelled_date() =>
        Assert.Equal("2023-01-07", _extractor.Extract(ReceiptHeader()).Date);

    [Fact]
    public void A_value_under_its_label_still_wins_over_a_far_value_at_the_end_of_the_label_row()
    {
        // An A4 page: the number stacked under its label; far right on the label's row, another column's code.
        var page = new LayoutPage()
            .Line(100, (150, "ACME Supplies Ltd"))
            .Line(300, (150, "Invoice No:"))
            .Line(350, (150, "SI-42058"))
            .Line(300, (1900, "PO-55210"))
            .Build();

        Assert.Equal("SI-42058", _extractor.Extract(page).InvoiceNumber);
    }

    /// <summary>
    /// An 80 mm receipt at 300 dpi, read label column first: "N." and its number are 640 px apart on a 944 px page; a
    /// print stamp under the name carries a second, unlabelled date.
    /// </summary>
    private static IReadOnlyList<OcrPageResult> ReceiptHeader() =>
        new LayoutPage { Width = 944, PageHeight = 1600 }
            .Line(80, (260, "Rossi Forniture"))
            .Line(140, (240, "Stampato 2023.03.01"))
            .Line(200, (220, "DOCUMENTO COMMERCIALE"))
            .Line(300, (58, "N."))
            .Line(360, (58, "Data:"))
            .Line(440, (58, "Carta A4"))
            .Line(520, (58, "TOTALE"))
            .Line(300, (720, "4-336460"))
            .Line(360, (680, "2023.01.07"))
            .Line(440, (760, "52,80"))
            .Line(520, (740, "331,84"))
            .Build();
}

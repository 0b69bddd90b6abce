using OcrAsync.Core.Invoices;

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
    public void A_receipt_number_label_ocr_damaged_still_names_the_number(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).InvoiceNumber);
}


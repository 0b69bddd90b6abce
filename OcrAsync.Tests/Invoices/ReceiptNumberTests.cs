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
}

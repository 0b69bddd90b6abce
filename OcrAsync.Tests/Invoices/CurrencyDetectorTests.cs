namespace OcrAsync.Tests.Invoices;

public sealed class CurrencyDetectorTests
{
    [Theory]
    [InlineData("Total $110.00", "USD")]
    [InlineData("Total A$110.00", "AUD")]
    [InlineData("Total $110.00 (all prices in SGD)", "SGD")]
    [InlineData("Totaal € 56,02", "EUR")]
    [InlineData("Total £20", "GBP")]
    [InlineData("Tổng cộng: 1.500.000 đ", "VND")]
    [InlineData("Tổng cộng: 1.500.000 VNĐ", "VND")]
    [InlineData("TOTAL RM 60.30", "MYR")]
    [InlineData("Grand Total ₹ 1,939", "INR")]
    [InlineData("Amount Rs. 319", "INR")]
    [InlineData("Amount due 100.00 EUR", "EUR")]
    public void Detects_currency(string text, string code) => Assert.Equal(code, CurrencyDetector.Detect(text));

    [Theory]
    [InlineData("Đơn vị bán hàng: Công ty ABC")]
    [InlineData("FORM 12 PLATFORM")]
    [InlineData("Total 12.50")]
    [InlineData("Doc No C$00013254")]
    public void Ignores_letters_that_only_look_like_currencies(string text) => Assert.Null(CurrencyDetector.Detect(text));
}

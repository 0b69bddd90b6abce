using OcrAsync.Core.Invoices;
using OcrAsync.Core.Invoices.Labels;

namespace OcrAsync.Tests.Invoices;

/// <summary>A Vietnamese vowel with two marks that OCR read as a bracket is repaired to the lexicon word it can only be.</summary>
public sealed class BracketVowelRepairTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("T[Ing cộng ti[In thanh toán", "Tong cộng tien thanh toán")]
    [InlineData("T[ng cộng ti[]n thanh toán", "Tong cộng tien thanh toán")]
    [InlineData("Thu[] GTGT 8%", "Thue GTGT 8%")]
    [InlineData("THU[] GTGT", "THUE GTGT")]
    [InlineData("C[la hang Việt", "C[la hang Việt")]
    [InlineData("[ong 5 819 000", "[ong 5 819 000")]
    [InlineData("Total 120.00", "Total 120.00")]
    public void Bracket_vowels_become_the_lexicon_word(string text, string expected) =>
        Assert.Equal(expected, BracketVowelRepair.Repair(text));

    [Fact]
    public void A_total_label_read_with_brackets_still_labels_the_total()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(
            "Cửa hàng Việt Tiến\nSố HĐ: EW47736\nNgày: 21 tháng 3, 2022\nThu[] GTGT 8% 191 520 VND\nThu[] GTGT 10% 422 500 VND\nT[Ing cộng ti[In thanh toán 7 233 020 VND\nTifin mat 7 250 000\nTi[]n thừa 16 980"));

        Assert.Equal(7233020m, data.TotalAmount);
    }
}

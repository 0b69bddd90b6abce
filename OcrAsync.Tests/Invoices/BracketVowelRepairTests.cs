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
    [InlineData("S[] phifju: 2-219818", "SO phieu: 2-219818")] // a vowel with two marks read as "fj" or "lj"
    [InlineData("Tifjn hàng", "Tien hàng")]
    [InlineData("Sĩ philju:", "Sĩ phieu:")]
    [InlineData("Fjord Ljubljana", "Fjord Ljubljana")]         // no lexicon word: left as read
    public void Bracket_vowels_become_the_lexicon_word(string text, string expected) =>
        Assert.Equal(expected, BracketVowelRepair.Repair(text));

    [Theory]
    [InlineData("S[] phifju: 2-219818")]
    [InlineData("SĨ phifju: 2-219818")] // "Số" damaged too: one letter off the label
    public void A_receipt_number_label_read_with_a_letter_and_j_for_its_vowel_still_labels_the_number(string line) =>
        Assert.Equal("2-219818", _extractor.Extract(InvoiceSamples.Page("Cửa hàng Việt Tiến\nHotLine: 063 2118 7916\nNgày hóa đơn: 4.9.2022\n" + line + "\nTổng cộng 570 000")).InvoiceNumber);

    [Fact]
    public void A_total_label_read_with_brackets_still_labels_the_total()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(
            "Cửa hàng Việt Tiến\nSố HĐ: EW47736\nNgày: 21 tháng 3, 2022\nThu[] GTGT 8% 191 520 VND\nThu[] GTGT 10% 422 500 VND\nT[Ing cộng ti[In thanh toán 7 233 020 VND\nTifin mat 7 250 000\nTi[]n thừa 16 980"));

        Assert.Equal(7233020m, data.TotalAmount);
    }
}

using OcrAsync.Benchmarks.Generated;

namespace OcrAsync.Tests.Generated;

public sealed class MoneyStyleTests
{
    [Theory]
    [InlineData("comma", '.', "", false, "1,234,567.50")]
    [InlineData("dot", ',', "€", false, "1.234.567,50 €")]
    [InlineData("space", '.', "", false, "1 234 567.50")]
    [InlineData("nbsp", ',', "EUR", true, "EUR 1\u00A0234\u00A0567,50")]
    [InlineData("nnbsp", ',', "", false, "1\u202F234\u202F567,50")]
    [InlineData("apostrophe", '.', "CHF", false, "1'234'567.50 CHF")]
    [InlineData("none", ',', "$", true, "$1234567,50")]
    public void Amounts_are_grouped_and_marked_as_styled(string grouping, char decimalMark, string mark, bool before, string printed) =>
        Assert.Equal(printed, new MoneyStyle(grouping, decimalMark, 2, "EUR", mark, before).Format(1_234_567.5m));

    [Fact]
    public void Whole_currencies_print_no_decimals_and_small_amounts_no_group() =>
        Assert.Equal(("12.500.000 đ", "950"), (new MoneyStyle("dot", ',', 0, "VND", "đ", false).Format(12_500_000m), new MoneyStyle("dot", ',', 0, "VND", "đ", false).Number(950m)));
}

namespace OcrAsync.Tests.Invoices;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("1,234.56", "1234.56", null)]
    [InlineData("1.234,56", "1234.56", null)]
    [InlineData("1.500.000", "1500000", null)]
    [InlineData("1,500,000", "1500000", null)]
    [InlineData("1 234,56", "1234.56", null)]
    [InlineData("1500000 đ", "1500000", "VND")]
    [InlineData("1.500.000 VNĐ", "1500000", "VND")]
    [InlineData("1.500.000₫", "1500000", "VND")]
    [InlineData("$1,234", "1234", "USD")]
    [InlineData("$4.11", "4.11", "USD")]
    [InlineData("RM 12.50", "12.50", "MYR")]
    [InlineData("RM12.50", "12.50", "MYR")]
    [InlineData("€ 56,02", "56.02", "EUR")]
    [InlineData("£99.99", "99.99", "GBP")]
    [InlineData("₹ 1,939.00", "1939.00", "INR")]
    [InlineData("Rs. 319", "319", "INR")]
    [InlineData("12.50-", "-12.50", null)]
    [InlineData("(12.50)", "-12.50", null)]
    [InlineData("-5.00", "-5.00", null)]
    [InlineData("12,5", "12.5", null)]
    [InlineData("0.500", "0.500", null)]
    [InlineData("1.500", "1500", null)]
    [InlineData("1,500", "1500", null)]
    [InlineData("1500.000", "1500.000", null)]
    [InlineData("USD 110.00", "110.00", "USD")]
    [InlineData("1O0.00", "100.00", null)]
    [InlineData("RM 65. 20", "65.20", "MYR")]
    [InlineData("35563 ,22", "35563.22", null)]
    [InlineData("42298 , 83", "42298.83", null)]
    [InlineData("€ 812 .40", "812.40", "EUR")]
    [InlineData("§.30", "5.30", null)]
    [InlineData("RH27.05", "27.05", "MYR")]
    [InlineData("RN8,40", "8.40", "MYR")]
    public void Parses_amount_formats(string text, string expected, string? currency)
    {
        Assert.True(AmountParser.TryParse(text, out var amount, out var cur));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
        Assert.Equal(currency, cur);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("Oil")]
    [InlineData("1.50.00")]
    [InlineData("12 34")]
    [InlineData("Total 12.50")]
    public void Rejects_non_amounts(string text) => Assert.False(AmountParser.TryParse(text, out _, out _));

    [Fact]
    public void Finds_an_amount_glued_to_a_ringgit_sign_whose_M_thermal_print_broke()
    {
        var found = AmountParser.FindAll("SUBTOTAL (QTY 2) RH19.85").ToList();

        Assert.Equal(19.85m, found[^1].Amount);
        Assert.Equal("MYR", found[^1].Currency);
    }

    [Fact]
    public void A_reference_that_starts_like_a_damaged_ringgit_sign_is_no_amount()
    {
        Assert.Empty(AmountParser.FindAll("Ref RN2024 / RW1187"));
    }

    [Fact]
    public void Finds_amounts_but_not_percentages_dates_or_times()
    {
        var found = AmountParser.FindAll("VAT 10% on 15/01/2024 12:30 Total: 1.500.000 đ").ToList();

        var only = Assert.Single(found);
        Assert.Equal(1_500_000m, only.Amount);
        Assert.Equal("VND", only.Currency);
    }

    [Theory]
    [InlineData("Amount due 35563 ,22", 35563.22)]
    [InlineData("TOTAL 42298 , 83", 42298.83)]   // parted from both its parts
    [InlineData("Amount Due 12.694, 20", 12694.20)]   // a grouped amount, its decimal comma parted from the cents
    [InlineData("Total 1,234. 56", 1234.56)]
    public void Finds_an_amount_whose_decimal_mark_OCR_parted_from_its_whole_part(string text, double expected)
    {
        var found = AmountParser.FindAll(text).ToList();

        var only = Assert.Single(found);
        Assert.Equal((decimal)expected, only.Amount);
        Assert.True(only.HasDecimals);
    }

    [Fact]
    public void Two_whole_numbers_listed_with_a_comma_stay_two()
    {
        var found = AmountParser.FindAll("Pages 12, 14 and 42298, 830 and 1.234. 56").Select(m => m.Amount).ToList();

        Assert.DoesNotContain(42_298.83m, found);
        Assert.DoesNotContain(1_234.56m, found);   // one mark twice is no group and decimal mark
    }
}

using OcrAsync.Core.Templates.Learning;

namespace OcrAsync.Tests.Templates;

/// <summary>How a vendor's printed values are recognised when learning and read back on a new invoice.</summary>
public sealed class ValueConventionsTests
{
    [Theory]
    [InlineData("31.01.2024", "2024-01-31", "dd.MM.yyyy")]
    [InlineData("01/31/2024", "2024-01-31", "MM/dd/yyyy")]
    [InlineData("12 Mar 2024", "2024-03-12", "dd MMM yyyy")]
    public void A_corrected_date_teaches_the_vendors_date_format(string printed, string corrected, string format)
    {
        Assert.True(ValueConventions.Prints(TemplateFieldKind.Date, printed, corrected, out var convention));
        Assert.Equal(format, convention);
    }

    [Theory]
    [InlineData("1.234,50", "1234.5", ",")]
    [InlineData("$1,234.50", "1234.5", ".")]
    [InlineData("1 234,50 €", "1234.5", ",")]
    public void A_corrected_amount_teaches_the_decimal_separator(string printed, string corrected, string separator)
    {
        Assert.True(ValueConventions.Prints(TemplateFieldKind.Amount, printed, corrected, out var convention));
        Assert.Equal(separator, convention);
    }

    [Theory]
    [InlineData("Please remit 1.234,50")]
    [InlineData("Invoice 2024")]
    public void Words_around_an_amount_are_not_the_amount(string printed) =>
        Assert.False(ValueConventions.Prints(TemplateFieldKind.Amount, printed, "1234.5", out _));

    [Fact]
    public void A_learned_date_format_reads_one_digit_days_and_a_learned_shape_refuses_other_words()
    {
        var profile = new LearnedProfile { DateFormat = "dd MMM yyyy", DecimalSeparator = "," };
        Assert.Equal("2024-03-05", ValueConventions.Read(TemplateFieldKind.Date, "5 Mar 2024", profile, null));
        Assert.Equal("9876.50", ValueConventions.Read(TemplateFieldKind.Amount, "9.876,50", profile, null));

        var shape = ValueConventions.ShapeOf("QF/88213");
        Assert.Equal("QF/1234", ValueConventions.Read(TemplateFieldKind.Text, "QF/1234", profile, shape));
        Assert.Null(ValueConventions.Read(TemplateFieldKind.Text, "Delivery", profile, shape));
    }

    [Fact]
    public void A_hash_before_a_number_is_the_labels_unless_the_learned_number_starts_with_one()
    {
        var profile = new LearnedProfile();
        var digits = ValueConventions.ShapeOf("609888");
        Assert.Equal("337493", ValueConventions.Read(TemplateFieldKind.Text, "# 337493", profile, digits));
        Assert.Equal("516241", ValueConventions.Read(TemplateFieldKind.Text, "#516241", profile, digits));

        var hashed = ValueConventions.ShapeOf("#609888");
        Assert.Equal("#516241", ValueConventions.Read(TemplateFieldKind.Text, "#516241", profile, hashed));
    }
}

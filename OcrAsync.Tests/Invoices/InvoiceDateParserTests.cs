namespace OcrAsync.Tests.Invoices;

public sealed class InvoiceDateParserTests
{
    [Theory]
    [InlineData("2024-01-15", "2024-01-15")]
    [InlineData("15 de enero de 2024", "2024-01-15")]
    [InlineData("15. März 2024", "2024-03-15")]
    [InlineData("3 settembre 2024", "2024-09-03")]
    [InlineData("12 de dezembro de 2023", "2023-12-12")]
    [InlineData("1º de março de 2024", "2024-03-01")]
    [InlineData("7 mei 2024", "2024-05-07")]
    [InlineData("2024/01/15", "2024-01-15")]
    [InlineData("15/01/2024", "2024-01-15")]
    [InlineData("05/01/2024", "2024-01-05")] // ambiguous: day first
    [InlineData("01/15/2024", "2024-01-15")] // day first impossible: month first
    [InlineData("15.01.2024", "2024-01-15")]
    [InlineData("15-01-2024", "2024-01-15")]
    [InlineData("12-01-19", "2019-01-12")]
    [InlineData("31/12/99", "1999-12-31")]
    [InlineData("Jan 15, 2024", "2024-01-15")]
    [InlineData("January 15 2024", "2024-01-15")]
    [InlineData("August 3 , 2014", "2014-08-03")]
    [InlineData("15 January 2024", "2024-01-15")]
    [InlineData("15-Jan-2024", "2024-01-15")]
    [InlineData("18 MAR 2018", "2018-03-18")]
    [InlineData("1st March 2023", "2023-03-01")]
    [InlineData("28 novembre 2022", "2022-11-28")]
    [InlineData("7. Mai 2014", "2014-05-07")]
    [InlineData("Ngày 15 tháng 01 năm 2024", "2024-01-15")]
    [InlineData("Ngay 15 thang 01 nam 2024", "2024-01-15")]
    [InlineData("25 tháng 1, 2020", "2020-01-25")]
    [InlineData("28 thang 11, 2026", "2026-11-28")]
    [InlineData("27 aodt 2023", "2023-08-27")] // OCR: one letter of "août" misread
    [InlineData("3 septembe 2024", "2024-09-03")] // OCR: a letter lost
    [InlineData("15 Januarry 2024", "2024-01-15")] // OCR: a letter added
    [InlineData("O7/O7/17", "2017-07-07")] // OCR: letter O for zero
    [InlineData("10/03/2078", "2018-03-10")] // OCR: 7 for the 1 of the decade
    [InlineData("24 March 2918", "2018-03-24")] // thermal print: the century digit broken
    [InlineData("17-01-2819", "2019-01-17")]
    public void Parses_date_formats(string text, string iso)
    {
        Assert.True(InvoiceDateParser.TryParse(text, out var date));
        Assert.Equal(iso, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("32/01/2024")]
    [InlineData("15/13/2024")]
    [InlineData("29/02/2023")]
    [InlineData("15/01/1850")]
    [InlineData("1.500.000")]
    [InlineData("Total 12")]
    [InlineData("25032018")] // compact only before a time
    [InlineData("2048-01-15")]
    [InlineData("12 mais 2024")] // one slip from both "mai" and "mars": no month
    [InlineData("5 tems 2024")]
    public void Rejects_impossible_dates(string text) => Assert.False(InvoiceDateParser.TryParse(text, out _));

    [Fact]
    public void A_repaired_year_is_marked_and_its_date_goes_to_review()
    {
        Assert.True(InvoiceDateParser.FindAll("24 March 2918").Single().YearRepaired);
        Assert.False(InvoiceDateParser.FindAll("24 March 2018").Single().YearRepaired);
        Assert.False(InvoiceDateParser.FindAll("24-03-18").Single().YearRepaired);

        var data = new InvoiceFieldExtractor().Extract(InvoiceSamples.Page("Corner Grocer\nDate: 24 March 2918\nTOTAL 12.00"));

        Assert.Equal("2018-03-24", data.Date);
        Assert.Contains(data.ReviewReasons, r => r.StartsWith("date confidence", StringComparison.Ordinal));
    }

    [Fact]
    public void Compact_date_before_a_time_is_read_day_first()
    {
        var data = new InvoiceFieldExtractor().Extract(InvoiceSamples.Page("TOTAL 12.00\n00440010036 25032018 13:11:54 0003"));

        Assert.Equal("2018-03-25", data.Date);
    }

    [Fact]
    public void Ambiguous_numeric_date_follows_the_document_order()
    {
        Assert.Equal(new DateOnly(2024, 3, 4), InvoiceDateParser.FindAll("03/04/2024", DateOrder.MonthFirst).Single().Date);
        Assert.Equal(new DateOnly(2024, 4, 3), InvoiceDateParser.FindAll("03/04/2024", DateOrder.DayFirst).Single().Date);
        Assert.Equal(new DateOnly(2024, 1, 15), InvoiceDateParser.FindAll("15/01/2024", DateOrder.MonthFirst).Single().Date);
    }

    [Theory]
    [InlineData("aout", "aodt", true)]
    [InlineData("aout", "aut", true)]
    [InlineData("aout", "aouut", true)]
    [InlineData("aout", "aout", true)]
    [InlineData("aout", "adut", true)]
    [InlineData("aout", "xdut", false)]
    [InlineData("aout", "ou", false)]
    [InlineData("mars", "rams", false)]
    public void One_edit_apart(string a, string b, bool expected)
    {
        Assert.Equal(expected, TextFolding.WithinOneEdit(a, b));
        Assert.Equal(expected, TextFolding.WithinOneEdit(b, a));
    }

    [Theory]
    [InlineData("srl", "srl", 0)]
    [InlineData("srl", "sr1", 1)]
    [InlineData("sarl", "srl", 1)]
    [InlineData("gmbh", "gnbhh", 2)]
    [InlineData("mars", "rams", 2)]
    [InlineData("", "ltd", 3)]
    public void Edit_distance_counts_changed_lost_and_added_characters(string a, string b, int expected)
    {
        Assert.Equal(expected, TextFolding.EditDistance(a, b));
        Assert.Equal(expected, TextFolding.EditDistance(b, a));
    }
}

namespace OcrAsync.Tests.Invoices;

/// <summary>Day-first dates whose day thermal print damaged: repaired only to the one day the calendar allows.</summary>
public sealed class DateRepairTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("Date 419 Apr 2019 09:12", "Date 19 Apr 2019 09:12")]
    [InlineData("03 Sep 2021", null)]
    [InlineData("70-11-19 14:02", "10-11-19 14:02")]
    [InlineData("61.05.2020", "01.05.2020")]
    [InlineData("56/04/2020", null)]
    [InlineData("28/02/2021", null)]
    [InlineData("112 Jun 2020", null)]
    [InlineData("Tel 603-7831-0109", null)]
    public void Repairs_a_day_only_to_its_one_calendar_reading(string line, string? expected) =>
        Assert.Equal(expected, DateRepair.Repair(line));

    [Fact]
    public void A_page_whose_only_date_has_a_damaged_day_gets_the_repaired_date()
    {
        var data = _extractor.Extract(new LayoutPage { Width = 944, PageHeight = 1400 }
            .Line(80, (240, "Corner Grocer"))
            .Line(200, (57, "50-07-19 18:41"))
            .Line(500, (57, "TOTAL"), (746, "12.40"))
            .Build());

        Assert.Equal("2019-07-30", data.Date);
    }

    [Fact]
    public void A_date_read_as_printed_wins_over_a_repaired_one()
    {
        var data = _extractor.Extract(new LayoutPage { Width = 944, PageHeight = 1400 }
            .Line(80, (240, "Corner Grocer"))
            .Line(200, (57, "Date: 412 Jan 2020"))
            .Line(260, (57, "14/01/2020 10:05"))
            .Line(500, (57, "TOTAL"), (746, "12.40"))
            .Build());

        Assert.Equal("2020-01-14", data.Date);
    }
}

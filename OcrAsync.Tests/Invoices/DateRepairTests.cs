namespace OcrAsync.Tests.Invoices;

/// <summary>Dates whose day print or OCR damaged: repaired only to the one day the calendar allows.</summary>
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
    [InlineData("FAC68357 2025/06/92", "FAC68357 2025/06/02")]   // year first: the day ends the date
    [InlineData("2024-03-419", "2024-03-19")]
    [InlineData("2024-03-29", null)]
    [InlineData("2024/02/35", null)]           // 3 opens days: nothing to repair it to
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

    [Fact]
    public void A_year_first_invoice_date_whose_day_ocr_damaged_is_repaired()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(
            "Bakkerij Visser V.O.F.\nVerkoopfactuur\nRef.: Factuur datum:\nFAC68357 2025/06/92\nExcl. BTW 100,00 €\nBTW 9% 9,00 €\nTe betalen 109,00 €"));

        Assert.Equal("2025-06-02", data.Date);
    }
}

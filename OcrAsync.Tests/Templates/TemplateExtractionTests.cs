using OcrAsync.Tests.Invoices;

namespace OcrAsync.Tests.Templates;

public sealed class TemplateExtractionTests
{
    private const string Receipt = """
        KHO SÁCH PHƯƠNG NAM
        Ref ZX-7781/B
        Printed 24.11.23 09:15
        Items   3
        Sum EUR 1.234,5
        Total   9999.00
        """;

    private static readonly InvoiceTemplate PhuongNam = new()
    {
        Id = "t-1",
        Name = "Phuong Nam receipts",
        Keywords = ["kho sach", "PHƯƠNG NAM"],
        Fields = new Dictionary<string, string>
        {
            ["invoice_number"] = @"^Ref\s+(?<value>\S+)",
            ["date"] = @"Printed\s+(\S+)",
            ["total_amount"] = @"^Sum EUR\s+(.+)$",
            ["currency"] = @"Sum (\w{3})",
        },
        DateFormat = "yy.MM.dd",
        DecimalSeparator = ",",
    };

    private readonly InvoiceFieldExtractor _extractor = new();

    [Fact]
    public void A_named_template_replaces_the_generic_value_of_each_field_it_defines()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(Receipt), 0.5, TemplateChoice.Named(PhuongNam));

        Assert.Equal("ZX-7781/B", data.InvoiceNumber);
        Assert.Equal("2024-11-23", data.Date); // yy.MM.dd, which no generic rule would guess
        Assert.Equal(1234.5m, data.TotalAmount); // decimal comma; the generic extractor picks the labelled 9999.00
        Assert.Equal("EUR", data.Currency);
        Assert.Equal("1.234,5", data.Fields["total_amount"].Raw);
        Assert.Equal(new TemplateUse("t-1", "Phuong Nam receipts", "named in the upload (template_id)"), data.Template);
    }

    [Fact]
    public void Without_a_template_the_generic_extractor_reads_the_same_text_differently()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(Receipt), 0.5);

        Assert.Null(data.Template);
        Assert.Equal(9999.00m, data.TotalAmount);
        Assert.NotEqual("2024-11-23", data.Date);
    }

    [Fact]
    public void A_candidate_is_chosen_when_all_its_keywords_appear_ignoring_case_and_accents()
    {
        var other = PhuongNam with { Id = "t-0", Name = "Other", Keywords = ["Phuong Nam", "Hanoi branch"] };

        var data = _extractor.Extract(InvoiceSamples.Page(Receipt), 0.5, new TemplateChoice(null, [other, PhuongNam]));

        Assert.Equal("t-1", data.Template?.Id);
        Assert.Equal("all its keywords were found: 'kho sach', 'PHƯƠNG NAM'", data.Template?.Reason);
        Assert.Equal("ZX-7781/B", data.InvoiceNumber);
    }

    [Fact]
    public void With_no_candidate_matching_the_generic_extractor_is_used()
    {
        var other = PhuongNam with { Keywords = ["Phuong Nam", "Hanoi branch"] };

        var data = _extractor.Extract(InvoiceSamples.Page(Receipt), 0.5, new TemplateChoice(null, [other]));

        Assert.Null(data.Template);
        Assert.Equal(9999.00m, data.TotalAmount);
    }

    [Fact]
    public void A_field_the_template_cannot_read_keeps_the_generic_value_and_asks_for_review()
    {
        var template = PhuongNam with
        {
            Fields = new Dictionary<string, string> { ["invoice_number"] = @"^Invoice\s+(\S+)", ["date"] = @"Items\s+(\S+)" },
        };

        var data = _extractor.Extract(InvoiceSamples.Page(Receipt), 0.5, TemplateChoice.Named(template));

        Assert.True(data.NeedsReview);
        Assert.Contains("template field invoice_number: the regular expression found nothing", data.ReviewReasons);
        Assert.Contains("template field date: '3' is not a valid date", data.ReviewReasons);
    }

    [Fact]
    public void A_very_long_text_layer_line_is_read_without_regex_timeouts()
    {
        var text = "Invoice No: LONG-1\nTotal 12.50\n" + string.Concat(Enumerable.Repeat("lorem ipsum total 1.00 ", 4000));

        var data = _extractor.Extract(InvoiceSamples.Page(text), 0.5);

        Assert.Equal("LONG-1", data.InvoiceNumber);
    }

    [Fact]
    public void A_deleted_template_is_reported_and_the_generic_extractor_used()
    {
        var data = _extractor.Extract(InvoiceSamples.Page(Receipt), 0.5, new TemplateChoice(null, [], "0b5c…"));

        Assert.Null(data.Template);
        Assert.Contains("template '0b5c…' no longer exists; the generic extractor was used", data.ReviewReasons);
    }

    [Fact]
    public void A_pathological_pattern_runs_in_linear_time_instead_of_hanging()
    {
        // (a+)+$ backtracks exponentially on "aaaa…!" in a backtracking engine; templates use the linear-time one.
        var template = PhuongNam with { Fields = new Dictionary<string, string> { ["vendor_name"] = "^(a+)+$" } };
        var text = new string('a', 400) + "!";

        var data = _extractor.Extract(InvoiceSamples.Page(text), 0.5, TemplateChoice.Named(template));

        Assert.Contains("template field vendor_name: the regular expression found nothing", data.ReviewReasons);
    }
}

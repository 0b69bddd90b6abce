namespace OcrAsync.Tests.Templates;

public sealed class InvoiceTemplateValidatorTests
{
    private static readonly InvoiceTemplate Valid = new()
    {
        Name = "Northwind",
        Keywords = ["Northwind Traders"],
        Fields = new Dictionary<string, string> { ["invoice_number"] = @"Invoice No:\s*(\S+)", ["total_amount"] = @"^Total\s+(?<value>.+)$" },
        DateFormat = "dd/MM/yyyy",
        DecimalSeparator = ",",
        Language = "eng",
    };

    [Fact]
    public void A_complete_template_is_valid()
    {
        Assert.Empty(InvoiceTemplateValidator.Validate(Valid, ["eng", "vie", "eng+vie"]));
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { "bad-regex", "fields.total_amount: invalid regular expression" },
        { "backreference", "fields.invoice_number: the regular expression uses a construct that needs backtracking" },
        { "unknown-field", "fields.po_number: unknown field" },
        { "long-regex", "fields.invoice_number: the regular expression must be 1 to 500 characters" },
        { "no-fields", "fields must give a regular expression for at least one of" },
        { "no-keywords", "keywords must list 1 to 20" },
        { "no-name", "name is required" },
        { "date-format", "date_format 'yyyy' is not a .NET date format with day, month and year" },
        { "separator", "decimal_separator must be \".\" or \",\" (got ';')" },
        { "language", "language must be one of eng, vie, eng+vie (got 'deu')" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_problem_is_named(string problem, string expected)
    {
        var template = problem switch
        {
            "bad-regex" => Valid with { Fields = new Dictionary<string, string> { ["total_amount"] = "Total (\\d+" } },
            "backreference" => Valid with { Fields = new Dictionary<string, string> { ["invoice_number"] = @"(\w)\1" } },
            "unknown-field" => Valid with { Fields = new Dictionary<string, string> { ["po_number"] = "PO (\\d+)" } },
            "long-regex" => Valid with { Fields = new Dictionary<string, string> { ["invoice_number"] = new string('a', 501) } },
            "no-fields" => Valid with { Fields = new Dictionary<string, string>() },
            "no-keywords" => Valid with { Keywords = [] },
            "no-name" => Valid with { Name = " " },
            "date-format" => Valid with { DateFormat = "yyyy" },
            "separator" => Valid with { DecimalSeparator = ";" },
            "language" => Valid with { Language = "deu" },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        var problems = InvoiceTemplateValidator.Validate(template, ["eng", "vie", "eng+vie"]);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }
}

using OcrAsync.Core.Templates.Learning;

namespace OcrAsync.Tests.Templates;

/// <summary>A learned value is a candidate: it replaces the generic one only when the page's checks do not contradict it.</summary>
public sealed class LearnedValueMergeTests
{
    private static ExtractedField Field(string value) => new(value, value, 0.9, 1, null);

    private static (Dictionary<string, ExtractedField> Fields, List<string> Reasons) Merge(
        Dictionary<string, List<ExtractedField>> learned, string? genericTotal, TotalEvidence evidence)
    {
        var fields = new Dictionary<string, ExtractedField>();
        if (genericTotal is not null)
        {
            fields["total_amount"] = Field(genericTotal);
        }

        var reasons = new List<string>();
        LearnedValueMerge.Merge(learned, fields, evidence, reasons);
        return (fields, reasons);
    }

    [Fact]
    public void A_learned_total_that_contradicts_a_total_confirmed_by_subtotal_and_tax_is_not_taken_and_the_reason_says_so()
    {
        var (fields, reasons) = Merge(new() { ["total_amount"] = [Field("18.5")] }, "121", new TotalEvidence(100m, 21m, null, false));

        Assert.Equal("121", fields["total_amount"].Value);
        Assert.Contains(reasons, r => r.Contains("total_amount", StringComparison.Ordinal) && r.Contains("121 is kept", StringComparison.Ordinal));
    }

    [Fact]
    public void A_learned_total_confirmed_by_the_arithmetic_replaces_a_wrong_generic_total()
    {
        var (fields, reasons) = Merge(new() { ["total_amount"] = [Field("999"), Field("121")] }, "100", new TotalEvidence(100m, 21m, null, false));

        Assert.Equal("121", fields["total_amount"].Value);
        Assert.True(fields["total_amount"].Confidence >= 0.95);
        Assert.Empty(reasons);
    }

    [Fact]
    public void Without_arithmetic_on_the_page_the_learned_total_wins()
    {
        // A discount: the learned amount to pay is below the line sum, as on the vendor it was learned from.
        var (fields, _) = Merge(new() { ["total_amount"] = [Field("80")] }, "100", new TotalEvidence(null, null, 100m, true));

        Assert.Equal("80", fields["total_amount"].Value);
    }

    [Fact]
    public void A_learned_total_below_the_subtotal_with_tax_and_no_discount_falls_back_to_the_generic_one()
    {
        var (fields, reasons) = Merge(new() { ["total_amount"] = [Field("40")] }, "150", new TotalEvidence(100m, 21m, null, false));

        Assert.Equal("150", fields["total_amount"].Value);
        Assert.Contains(reasons, r => r.Contains("below the subtotal", StringComparison.Ordinal));
    }

    [Fact]
    public void An_implausible_learned_date_or_number_leaves_the_generic_value()
    {
        var fields = new Dictionary<string, ExtractedField> { ["date"] = Field("2024-03-05"), ["invoice_number"] = Field("INV-7") };
        var reasons = new List<string>();

        LearnedValueMerge.Merge(new() { ["date"] = [Field("1901-01-01")], ["invoice_number"] = [Field("--")] }, fields, new TotalEvidence(null, null, null, false), reasons);

        Assert.Equal("2024-03-05", fields["date"].Value);
        Assert.Equal("INV-7", fields["invoice_number"].Value);
        Assert.Equal(2, reasons.Count);
    }
}

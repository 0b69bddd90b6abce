namespace OcrAsync.Core.Templates.Learning;

/// <summary>
/// Where learned values meet the generic extractor's: a learned value is one more candidate, taken only when it is
/// plausible for its kind and, for the total, not contradicted by the page's arithmetic. A learned total that the
/// arithmetic refutes, or that disagrees with a generic total the arithmetic confirms, leaves the generic value in place,
/// and the review reasons say so.
/// </summary>
internal static class LearnedValueMerge
{
    private const int MaxTextLength = 100;

    public static void Merge(
        Dictionary<string, List<ExtractedField>> learned, Dictionary<string, ExtractedField> fields, TotalEvidence evidence, List<string> reasons)
    {
        foreach (var (name, candidates) in learned)
        {
            fields.TryGetValue(name, out var generic);
            var rejected = new List<string>();
            ExtractedField? chosen = null;
            // Several anchors may each read a total: one the page's arithmetic confirms goes first.
            var ordered = name == "total_amount" ? candidates.OrderBy(c => evidence.Confirms(Amount(c.Value)) is null) : candidates.AsEnumerable();
            foreach (var candidate in ordered)
            {
                var why = Implausible(name, candidate.Value)
                    ?? (name == "total_amount" ? AgainstArithmetic(Amount(candidate.Value), generic, evidence) : null);
                if (why is null)
                {
                    chosen = candidate;
                    break;
                }

                rejected.Add($"'{candidate.Raw}' ({why})");
            }

            if (chosen is not null)
            {
                fields[name] = name == "total_amount" && evidence.Confirms(Amount(chosen.Value)) is not null
                    ? chosen with { Confidence = Math.Max(chosen.Confidence, 0.95) }
                    : chosen;
            }
            else
            {
                reasons.Add($"learned field {name}: {string.Join(", ", rejected)} not taken, "
                    + (generic is null ? "no value" : $"the generic value {generic.Value} is kept"));
            }
        }
    }

    /// <summary>Why the value cannot be the field's: an amount not above zero, a date far from today's era, text too long or without a character of substance.</summary>
    private static string? Implausible(string name, string value) =>
        TemplateFields.Known.GetValueOrDefault(name) switch
        {
            TemplateFieldKind.Amount => Amount(value) <= 0 ? "not a positive amount" : null,
            TemplateFieldKind.Date => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture).Year is < 1990 or > 2100 ? "not a plausible invoice date" : null,
            TemplateFieldKind.Text when name == "invoice_number" && !value.Any(char.IsLetterOrDigit) => "no letter or digit",
            _ => value.Length > MaxTextLength ? "too long" : null,
        };

    /// <summary>A total the arithmetic refutes, or one that differs from a generic total the arithmetic confirms, is not taken.</summary>
    private static string? AgainstArithmetic(decimal total, ExtractedField? generic, TotalEvidence evidence)
    {
        if (evidence.Refutes(total) is { } refuted)
        {
            return refuted;
        }

        if (evidence.Confirms(total) is not null || generic is null)
        {
            return null;
        }

        var genericTotal = Amount(generic.Value);
        return genericTotal != total && evidence.Confirms(genericTotal) is { } confirmed
            ? $"the generic total {generic.Value} equals {confirmed}"
            : null;
    }

    private static decimal Amount(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}

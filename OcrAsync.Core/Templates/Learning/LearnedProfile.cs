namespace OcrAsync.Core.Templates.Learning;

/// <summary>
/// What corrections taught about one vendor's invoices: per field, where its value sits and how it is printed.
/// Part of a learned <see cref="InvoiceTemplate"/> (its <c>keywords</c> are the words that identify the vendor).
/// </summary>
public sealed record LearnedProfile
{
    /// <summary>Field name (see <see cref="TemplateFields"/>) → what was learned about it.</summary>
    public IReadOnlyDictionary<string, LearnedField> Fields { get; init; } = new Dictionary<string, LearnedField>();

    /// <summary>The vendor's date convention (.NET format) seen in corrected dates; null when only the generic reading matched.</summary>
    public string? DateFormat { get; init; }

    /// <summary>The vendor's decimal separator ("." or ",") seen in corrected amounts.</summary>
    public string? DecimalSeparator { get; init; }
}

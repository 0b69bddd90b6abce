namespace OcrAsync.Core.Templates;

/// <summary>
/// A user's description of one vendor's invoices: keywords that recognise them and a regular expression per field.
/// The API's request and response bodies and the extract command's <c>--template</c> file use this shape (snake_case).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record InvoiceTemplate
{
    /// <summary>Set by the service; ignored in requests.</summary>
    public string? Id { get; init; }

    public string Name { get; init; } = string.Empty;

    /// <summary>Words or phrases that must all appear in a document (ignoring case and accents) for the template to be chosen automatically.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>
    /// Field name (see <see cref="TemplateFields"/>) → regular expression. The value is the named group <c>value</c>,
    /// else the first group, else the whole match.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>Exact .NET date format for date fields ("dd.MM.yyyy", "MM/dd/yy"); null reads dates like the generic extractor.</summary>
    public string? DateFormat { get; init; }

    /// <summary>"." or ","; null works the separator out per amount.</summary>
    public string? DecimalSeparator { get; init; }

    /// <summary>Tesseract languages ("eng", "vie", "eng+vie") used when the upload names this template.</summary>
    public string? Language { get; init; }

    /// <summary>"learned" for a template taught by corrections; null or "user" for one written by hand.</summary>
    public string? Source { get; init; }

    /// <summary>Where each field sits and how it is printed, learned from corrected invoices (null for a regex-only template).</summary>
    public Learning.LearnedProfile? Learned { get; init; }

    /// <summary>The corrected invoices a learned template was taught with.</summary>
    public IReadOnlyList<Learning.LearnedExample>? Examples { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}

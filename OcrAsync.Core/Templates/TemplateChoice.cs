namespace OcrAsync.Core.Templates;

/// <summary>
/// The templates a document may be read with: the one its upload named, or else the owner's templates to match by
/// keywords. <see cref="MissingId"/> is a named template that no longer exists (deleted after the upload).
/// </summary>
public sealed record TemplateChoice(InvoiceTemplate? Requested, IReadOnlyList<InvoiceTemplate> Candidates, string? MissingId = null)
{
    public static TemplateChoice None { get; } = new(null, []);

    public static TemplateChoice Named(InvoiceTemplate template) => new(template, []);
}

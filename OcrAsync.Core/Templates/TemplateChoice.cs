namespace OcrAsync.Core.Templates;

/// <summary>
/// The templates a document may be read with: the one its upload named, or else the owner's templates to match by
/// keywords. <see cref="MissingId"/> is a named template that no longer exists (deleted after the upload).
/// </summary>
public sealed record TemplateChoice(InvoiceTemplate? Requested, IReadOnlyList<InvoiceTemplate> Candidates, string? MissingId = null)
    : IInvoiceTemplates
{
    public static TemplateChoice None { get; } = new(null, []);

    public static TemplateChoice Named(InvoiceTemplate template) => new(template, []);

    public TemplateUse? Apply(TemplateInput input, Dictionary<string, ExtractedField> fields, List<string> reasons)
    {
        if (TemplateSelector.Select(this, input.Text, reasons) is not { } chosen)
        {
            return null;
        }

        TemplateFieldReader.Read(chosen.Template, input.Lines, input.Text, fields, reasons);
        TemplateFieldReader.ReadLearned(chosen.Template, input.Pages, fields, input.Evidence, reasons);
        return chosen.Use;
    }
}

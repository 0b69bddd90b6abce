namespace OcrAsync.Core.Templates;

/// <summary>The invoice fields a template may define, and the kind of value each holds.</summary>
public static class TemplateFields
{
    public static readonly IReadOnlyDictionary<string, TemplateFieldKind> Known = new Dictionary<string, TemplateFieldKind>(StringComparer.Ordinal)
    {
        ["invoice_number"] = TemplateFieldKind.Text,
        ["vendor_name"] = TemplateFieldKind.Text,
        ["date"] = TemplateFieldKind.Date,
        ["due_date"] = TemplateFieldKind.Date,
        ["total_amount"] = TemplateFieldKind.Amount,
        ["subtotal"] = TemplateFieldKind.Amount,
        ["tax_amount"] = TemplateFieldKind.Amount,
        ["currency"] = TemplateFieldKind.Currency,
    };
}

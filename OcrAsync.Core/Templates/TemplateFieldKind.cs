namespace OcrAsync.Core.Templates;

/// <summary>How a template field's matched text becomes a value.</summary>
public enum TemplateFieldKind
{
    Text,
    Date,
    Amount,
    Currency,
}

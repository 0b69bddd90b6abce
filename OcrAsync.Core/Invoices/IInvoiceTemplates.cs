namespace OcrAsync.Core.Invoices;

/// <summary>
/// What templates add to the generic reading (<c>Templates/TemplateChoice</c>): one is picked for the document and
/// replaces the values of the fields it defines. Declared here so that templates depend on the invoice reading, not
/// the other way round.
/// </summary>
public interface IInvoiceTemplates
{
    /// <summary>Applies the template picked for the text to <paramref name="fields"/>; which one, or null when none applies.</summary>
    TemplateUse? Apply(TemplateInput input, Dictionary<string, ExtractedField> fields, List<string> reasons);
}

namespace OcrAsync.Core.Invoices;

/// <summary>
/// The document as a template reads it: its pages, lines, text and the totals the generic reading found. Public as a
/// type (it crosses <see cref="IInvoiceTemplates"/>), its contents stay inside Core.
/// </summary>
public sealed class TemplateInput
{
    internal TemplateInput(IReadOnlyList<OcrPageResult> pages, IReadOnlyList<InvoiceTextLine> lines, string text, TotalEvidence evidence) =>
        (Pages, Lines, Text, Evidence) = (pages, lines, text, evidence);

    internal IReadOnlyList<OcrPageResult> Pages { get; }

    internal IReadOnlyList<InvoiceTextLine> Lines { get; }

    internal string Text { get; }

    internal TotalEvidence Evidence { get; }
}

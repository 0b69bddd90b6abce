namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>
/// Where a document's parts go on the page. A new layout is one class implementing this, added to
/// <see cref="InvoiceLayouts.All"/>; it draws through <see cref="PageWriter"/> only, so its text lands in the text model.
/// </summary>
internal interface IInvoiceLayout
{
    /// <summary>Short name used in expected.jsonl and the report's slices.</summary>
    string Name { get; }

    /// <summary>Paper width in millimetres for a receipt (58, 80), null (the default) for an A4 invoice.</summary>
    int? ReceiptWidthMm => null;

    /// <summary>Draws <paramref name="document"/>; returns the baseline below the last line drawn, in points.</summary>
    float Draw(PageWriter w, InvoiceDocument document);
}

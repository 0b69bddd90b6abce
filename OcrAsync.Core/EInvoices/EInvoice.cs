namespace OcrAsync.Core.EInvoices;

/// <summary>An e-invoice read from its XML: the fields, and the document's text values one per line.</summary>
public sealed record EInvoice(InvoiceData Invoice, string Text);

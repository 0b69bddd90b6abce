namespace OcrAsync.Core.EInvoices;

/// <summary>An invoice XML found inside a PDF, with the PDF's page count.</summary>
public sealed record EmbeddedInvoice(string FileName, byte[] Xml, int PageCount);

namespace OcrAsync.Core.Invoices;

/// <summary>One table row of an invoice; parts that could not be read are null.</summary>
public sealed record InvoiceLineItem(string Description, decimal? Quantity, decimal? UnitPrice, decimal? Amount);

namespace OcrAsync.Core.Invoices;

/// <summary>Seller or buyer as an e-invoice names them; parts the document leaves out are null.</summary>
public sealed record InvoiceParty(string? Name, string? TaxCode, string? Address);

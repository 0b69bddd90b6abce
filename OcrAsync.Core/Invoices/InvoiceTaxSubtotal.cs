namespace OcrAsync.Core.Invoices;

/// <summary>
/// Tax for one rate: <see cref="Rate"/> in percent, or null when the document gives a category without a rate
/// (Vietnamese KCT "not subject to VAT", KKKNT "not declared"); <see cref="Category"/> is the document's code when it has one.
/// </summary>
public sealed record InvoiceTaxSubtotal(decimal? Rate, string? Category, decimal? TaxableAmount, decimal? TaxAmount);

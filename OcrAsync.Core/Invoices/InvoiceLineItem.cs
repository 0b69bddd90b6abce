namespace OcrAsync.Core.Invoices;

/// <summary>One table row of an invoice; parts that could not be read are null.</summary>
public sealed record InvoiceLineItem(string Description, decimal? Quantity, decimal? UnitPrice, decimal? Amount)
{
    /// <summary>Unit of measure as the document states it (e-invoices only).</summary>
    public string? Unit { get; init; }

    /// <summary>VAT rate in percent (e-invoices only); null when the line has a category instead of a rate.</summary>
    public decimal? VatRate { get; init; }

    /// <summary>Tax category when the document gives one: UBL/CII codes (S, Z, E, AE…) or Vietnamese KCT/KKKNT.</summary>
    public string? TaxCategory { get; init; }
}

namespace OcrAsync.Tests.Fixtures;

/// <summary>What <see cref="InvoiceImageRenderer"/> draws. Amounts are printed as given, so tests can render inconsistent totals on purpose.</summary>
public sealed record InvoiceSpec(
    string VendorName,
    string InvoiceNumber,
    string Date,
    IReadOnlyList<PrintedLineItem> Items,
    decimal Subtotal,
    decimal Tax,
    decimal Total,
    string Currency = "USD",
    bool Vietnamese = false)
{
    /// <summary>A consistent invoice: subtotal is the line sum, tax 10 %.</summary>
    public static InvoiceSpec Create(string vendor, string number, string date, IReadOnlyList<PrintedLineItem> items, string currency = "USD", bool vietnamese = false)
    {
        var subtotal = items.Sum(i => i.Amount);
        var tax = Math.Round(subtotal * 0.10m, 2);
        return new InvoiceSpec(vendor, number, date, items, subtotal, tax, subtotal + tax, currency, vietnamese);
    }
}

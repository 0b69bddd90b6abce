namespace OcrAsync.Tests.Fixtures;

/// <summary>An item line as a test invoice prints it (the extractor's reading of a line is <c>Core.Invoices.InvoiceLineItem</c>).</summary>
public sealed record PrintedLineItem(string Description, int Quantity, decimal UnitPrice)
{
    public decimal Amount => Quantity * UnitPrice;
}

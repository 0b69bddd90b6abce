namespace OcrAsync.Tests.Fixtures;

public sealed record InvoiceLineItem(string Description, int Quantity, decimal UnitPrice)
{
    public decimal Amount => Quantity * UnitPrice;
}

namespace OcrAsync.Benchmarks.Generated;

/// <summary>One printed item row: quantity × unit price = amount, at a tax rate.</summary>
internal sealed record LineItem(string Description, int Quantity, decimal UnitPrice, decimal Amount, decimal Rate);

namespace OcrAsync.Benchmarks.Generated;

/// <summary>One row of a tax-by-rate summary: the net amount at a rate and the tax on it.</summary>
internal sealed record TaxRateLine(decimal Rate, decimal Net, decimal Tax);

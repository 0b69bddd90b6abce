namespace OcrAsync.Core.Invoices;

/// <summary>An amount found inside a line of text.</summary>
internal readonly record struct MoneyMatch(decimal Amount, string? Currency, int Index, int Length, bool HasDecimals);

namespace OcrAsync.Core.Invoices;

/// <summary>A date found inside a line of text.</summary>
internal readonly record struct DateMatch(DateOnly Date, int Index, int Length);

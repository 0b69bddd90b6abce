namespace OcrAsync.Core.Invoices;

/// <summary>A date found inside a line of text; <paramref name="YearRepaired"/>: its printed year was a misread one ("2926").</summary>
internal readonly record struct DateMatch(DateOnly Date, int Index, int Length, bool YearRepaired = false);

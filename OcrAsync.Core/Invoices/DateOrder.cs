namespace OcrAsync.Core.Invoices;

/// <summary>How a document writes an all-numeric date whose first two parts could both be a day or a month.</summary>
public enum DateOrder
{
    /// <summary>15/01/2024: most of the world, and the reading when the page gives no evidence.</summary>
    DayFirst,

    /// <summary>01/15/2024: United States.</summary>
    MonthFirst,
}

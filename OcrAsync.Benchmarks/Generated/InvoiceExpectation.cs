namespace OcrAsync.Benchmarks.Generated;

/// <summary>One line of expected.jsonl: the truth for one generated file, and the styles it was drawn with.</summary>
internal sealed record InvoiceExpectation(
    string File,
    string Language,
    string Variant,
    string Layout,
    string Font,
    int Dpi,
    string DateStyle,
    string AmountStyle,
    string InvoiceNumber,
    string Date,
    decimal TotalAmount);

namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// One line of expected.jsonl: the truth for one generated file (targets: invoice_number, date, total_amount,
/// vendor_name) and everything the page was drawn with, so the report can slice by it (a receipt's print fault too:
/// <see cref="ThermalPrint"/>).
/// </summary>
internal sealed record InvoiceExpectation(
    string File,
    int Seed,
    int Index,
    string Layout,
    string Language,
    string Degradation,
    int Dpi,
    string Font,
    string DateStyle,
    string AmountStyle,
    string CurrencyStyle,
    string NumberLabel,
    string TotalLabel,
    string InvoiceNumber,
    string Date,
    decimal TotalAmount,
    string VendorName,
    decimal Subtotal,
    decimal TaxAmount,
    string? Currency,
    string? PrintFault = null);

namespace OcrAsync.Benchmarks.Generated;

/// <summary>The values an extractor should read from one document, and the styles they were printed in.</summary>
internal sealed record InvoiceTruth(
    string InvoiceNumber,
    DateOnly Date,
    decimal Subtotal,
    decimal TaxAmount,
    decimal TotalAmount,
    string VendorName,
    string Currency,
    string DateStyle,
    string NumberLabel,
    string TotalLabel);

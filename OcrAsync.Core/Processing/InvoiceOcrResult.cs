using OcrAsync.Core.Invoices;

namespace OcrAsync.Core.Processing;

/// <summary>What the pipeline produced for one document.</summary>
public sealed record InvoiceOcrResult(string Text, double Confidence, int PageCount, InvoiceData Invoice);

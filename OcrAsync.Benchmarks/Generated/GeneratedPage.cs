namespace OcrAsync.Benchmarks.Generated;

/// <summary>One generated file: its truth, what it prints (the text model) and, unless only the text was asked for, its bytes.</summary>
internal sealed record GeneratedPage(InvoiceExpectation Expected, InvoiceDocument Document, PageText Text, byte[]? Bytes, string Extension);

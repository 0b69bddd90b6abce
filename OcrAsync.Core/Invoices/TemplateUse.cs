namespace OcrAsync.Core.Invoices;

/// <summary>Which template read a document, and why it was chosen (part of the result).</summary>
public sealed record TemplateUse(string? Id, string Name, string Reason);

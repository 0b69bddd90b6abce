namespace OcrAsync.Core.Processing;

/// <summary>What a document's extraction was asked for, so a second read is extracted the same way as the first.</summary>
internal sealed record ExtractionRequest(double ConfidenceThreshold, string? Languages, TemplateChoice? Templates);

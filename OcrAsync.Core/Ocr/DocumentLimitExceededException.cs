namespace OcrAsync.Core.Ocr;

/// <summary>The document is readable but larger than the configured limits (pages or pixels).</summary>
public sealed class DocumentLimitExceededException(string message) : UnreadableDocumentException(message);

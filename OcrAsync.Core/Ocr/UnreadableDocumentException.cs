namespace OcrAsync.Core.Ocr;

/// <summary>The document itself is bad (corrupt, unsupported, too large): retrying cannot help.</summary>
public class UnreadableDocumentException(string message, Exception? innerException = null)
    : Exception(message, innerException);

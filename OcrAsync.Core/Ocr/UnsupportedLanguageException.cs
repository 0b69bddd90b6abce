namespace OcrAsync.Core.Ocr;

/// <summary>A requested OCR language is malformed or not installed on this worker.</summary>
public sealed class UnsupportedLanguageException(string message) : ArgumentException(message);

namespace OcrAsync.Core.Ocr;

/// <summary>One recognised text line with its mean confidence (0–1) and position on the page.</summary>
public sealed record OcrLine(string Text, double Confidence, BoundingBox Box);

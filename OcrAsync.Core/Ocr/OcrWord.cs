namespace OcrAsync.Core.Ocr;

/// <summary>One recognised word and its position on the page.</summary>
public sealed record OcrWord(string Text, BoundingBox Box);

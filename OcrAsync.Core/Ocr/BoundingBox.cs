namespace OcrAsync.Core.Ocr;

/// <summary>A rectangle in page pixels, origin top-left.</summary>
public readonly record struct BoundingBox(int X, int Y, int Width, int Height);

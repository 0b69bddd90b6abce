namespace OcrAsync.Core.Ocr;

/// <summary>A rectangle in page pixels, origin top-left.</summary>
public readonly record struct BoundingBox(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    /// <summary>Pixels the two boxes share vertically; negative: the gap between them.</summary>
    public int VerticalOverlap(BoundingBox other) => Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);

    /// <summary>Pixels the two boxes share horizontally; negative: the gap between them.</summary>
    public int HorizontalOverlap(BoundingBox other) => Math.Min(Right, other.Right) - Math.Max(X, other.X);

    /// <summary>The area the two boxes share (0 when apart).</summary>
    public long IntersectionArea(BoundingBox other)
    {
        long width = HorizontalOverlap(other);
        long height = VerticalOverlap(other);
        return width > 0 && height > 0 ? width * height : 0;
    }
}

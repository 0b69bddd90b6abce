namespace OcrAsync.Core.Ocr;

/// <summary>A rectangle in page pixels, origin top-left.</summary>
public readonly record struct BoundingBox(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    /// <summary>Pixels the two boxes share vertically; negative: the gap between them.</summary>
    public int VerticalOverlap(BoundingBox other) => Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);

    /// <summary>On one text row: the boxes share at least half the smaller one's height.</summary>
    public bool SharesRowWith(BoundingBox other) => VerticalOverlap(other) * 2 >= Math.Min(Height, other.Height);

    /// <summary>Pixels the two boxes share horizontally; negative: the gap between them.</summary>
    public int HorizontalOverlap(BoundingBox other) => Math.Min(Right, other.Right) - Math.Max(X, other.X);

    /// <summary>The smallest box around all of <paramref name="boxes"/>; an empty box when there are none.</summary>
    public static BoundingBox Enclosing(IEnumerable<BoundingBox> boxes)
    {
        int left = int.MaxValue, top = int.MaxValue, right = int.MinValue, bottom = int.MinValue;
        foreach (var b in boxes)
        {
            (left, top) = (Math.Min(left, b.X), Math.Min(top, b.Y));
            (right, bottom) = (Math.Max(right, b.Right), Math.Max(bottom, b.Bottom));
        }

        return left == int.MaxValue ? default : new BoundingBox(left, top, right - left, bottom - top);
    }

    /// <summary>The area the two boxes share (0 when apart).</summary>
    public long IntersectionArea(BoundingBox other)
    {
        long width = HorizontalOverlap(other);
        long height = VerticalOverlap(other);
        return width > 0 && height > 0 ? width * height : 0;
    }
}

using SkiaSharp;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>Drawing in points (A4 = 595 x 842) on a canvas of any resolution, in one typeface.</summary>
internal sealed class PageWriter(SKCanvas canvas, SKTypeface typeface, float dpi) : IDisposable
{
    public const float Width = 595f;
    public const float Left = 50f;
    public const float Right = Width - 50f;

    private readonly SKPaint ink = new() { Color = SKColors.Black, IsAntialias = true, StrokeWidth = dpi / 72f * 0.8f, Style = SKPaintStyle.Stroke };
    private readonly SKPaint fill = new() { Color = SKColors.Black, IsAntialias = true };
    private readonly Dictionary<float, SKFont> fonts = [];

    private float Scale => dpi / 72f;

    public void Text(string text, float x, float y, float points, SKTextAlign align = SKTextAlign.Left) =>
        canvas.DrawText(text, x * Scale, y * Scale, align, Font(points), fill);

    public float Measure(string text, float points) => Font(points).MeasureText(text) / Scale;

    public void Line(float x1, float y1, float x2, float y2) => canvas.DrawLine(x1 * Scale, y1 * Scale, x2 * Scale, y2 * Scale, ink);

    public void Box(float left, float top, float right, float bottom) =>
        canvas.DrawRect(SKRect.Create(left * Scale, top * Scale, (right - left) * Scale, (bottom - top) * Scale), ink);

    public void Dispose()
    {
        ink.Dispose();
        fill.Dispose();
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }
    }

    private SKFont Font(float points)
    {
        if (!fonts.TryGetValue(points, out var font))
        {
            font = new SKFont(typeface, points * Scale);
            fonts[points] = font;
        }

        return font;
    }
}

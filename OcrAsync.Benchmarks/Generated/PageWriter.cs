namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// Drawing in points (A4 = 595 x 842; a receipt is as wide as its paper) on a canvas of any resolution, in one typeface.
/// Every string drawn is kept in <see cref="Texts"/> (the page's text model); without a canvas nothing is drawn, which
/// measures a receipt's length before its bitmap exists.
/// </summary>
internal sealed class PageWriter(SKCanvas? canvas, SKTypeface typeface, PageStyle style, float width) : IDisposable
{
    public const float A4Width = 595f;
    public const float A4Height = 842f;

    private readonly SKPaint _ink = Paint(style, SKPaintStyle.Stroke);
    private readonly SKPaint _fill = Paint(style, SKPaintStyle.Fill);
    private readonly Dictionary<float, SKFont> _fonts = [];
    private readonly List<string> _texts = [];
    private readonly List<SKRect> _boxes = [];

    public float Width => width;

    /// <summary>Margin: 50 pt on A4, 6 % of the paper on a receipt.</summary>
    public float Left => width >= A4Width ? 50f : width * 0.06f;

    public float Right => Width - Left;

    public float Middle => Width / 2;

    public float Body => style.BodyPoints;

    /// <summary>Baseline distance for body text.</summary>
    public float Line => style.BodyPoints * 1.7f;

    public IReadOnlyList<string> Texts => _texts;

    /// <summary>Where each of <see cref="Texts"/> sits, in points (ascent to descent), to check that nothing overlaps.</summary>
    public IReadOnlyList<SKRect> Boxes => _boxes;

    private float Scale => style.Dpi / 72f;

    public void Text(string text, float x, float y, float points, SKTextAlign align = SKTextAlign.Left)
    {
        _texts.Add(text);
        var width = Measure(text, points);
        var left = align switch { SKTextAlign.Center => x - width / 2, SKTextAlign.Right => x - width, _ => x };
        _boxes.Add(new SKRect(left, y - points * 0.75f, left + width, y + points * 0.2f));
        canvas?.DrawText(text, x * Scale, y * Scale, align, Font(points), _fill);
    }

    public float Measure(string text, float points) => Font(points).MeasureText(text) / Scale;

    /// <summary>The size up to <paramref name="points"/> at which <paramref name="text"/> fits in <paramref name="room"/>.</summary>
    public float Fit(string text, float points, float room) => Math.Min(points, points * room / Math.Max(1, Measure(text, points)));

    public void Rule(float x1, float y1, float x2, float y2) => canvas?.DrawLine(x1 * Scale, y1 * Scale, x2 * Scale, y2 * Scale, _ink);

    public void Box(float left, float top, float right, float bottom) =>
        canvas?.DrawRect(SKRect.Create(left * Scale, top * Scale, (right - left) * Scale, (bottom - top) * Scale), _ink);

    public void Dispose()
    {
        _ink.MaskFilter?.Dispose();
        _fill.MaskFilter?.Dispose();
        _ink.Dispose();
        _fill.Dispose();
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }

    /// <summary>Ink of the page's grey; blur is a mask filter on every glyph and rule, the look of a blurred scan at no cost.</summary>
    private static SKPaint Paint(PageStyle style, SKPaintStyle paintStyle) => new()
    {
        Color = new SKColor(style.Ink, style.Ink, style.Ink),
        IsAntialias = true,
        Style = paintStyle,
        StrokeWidth = style.Dpi / 72f * 0.8f,
        MaskFilter = style.Defects.BlurPixels > 0 ? SKMaskFilter.CreateBlur(SKBlurStyle.Normal, style.Defects.BlurPixels) : null,
    };

    private SKFont Font(float points)
    {
        if (!_fonts.TryGetValue(points, out var font))
        {
            font = new SKFont(typeface, points * Scale);
            _fonts[points] = font;
        }

        return font;
    }
}

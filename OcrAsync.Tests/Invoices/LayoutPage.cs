namespace OcrAsync.Tests.Invoices;

/// <summary>
/// Builds an OCR page from placed text, as Tesseract reports it: each call to <see cref="Line"/> is one OCR line (which
/// may join pieces far apart on the row, as Tesseract does with side-by-side columns), in the order OCR read them.
/// Words are <see cref="CharWidth"/> pixels per character and <see cref="Height"/> high; <see cref="Slope"/> tilts
/// every word's position by dy/dx, like a slightly rotated scan.
/// </summary>
internal sealed class LayoutPage
{
    public const int CharWidth = 20;
    public const int Height = 40;

    private readonly List<OcrLine> _lines = [];

    public double Slope { get; init; }

    /// <summary>Page size in pixels: an A4 page at 300 dpi unless set (a till receipt is narrow).</summary>
    public int Width { get; init; } = 2480;

    public int PageHeight { get; init; } = 3508;

    /// <summary>One OCR line made of pieces, each placed at its left edge x on the row whose top is y.</summary>
    public LayoutPage Line(int y, params (int X, string Text)[] pieces)
    {
        var words = new List<OcrWord>();
        foreach (var (x, text) in pieces)
        {
            var left = x;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var top = (int)Math.Round(y + Slope * left);
                words.Add(new OcrWord(word, new BoundingBox(left, top, word.Length * CharWidth, Height)));
                left += (word.Length + 1) * CharWidth;
            }
        }

        var (minX, minY) = (words.Min(w => w.Box.X), words.Min(w => w.Box.Y));
        var box = new BoundingBox(minX, minY, words.Max(w => w.Box.X + w.Box.Width) - minX, words.Max(w => w.Box.Y + w.Box.Height) - minY);
        _lines.Add(new OcrLine(string.Join(' ', words.Select(w => w.Text)), 0.9, box) { Words = words });
        return this;
    }

    public IReadOnlyList<OcrPageResult> Build() =>
        [new OcrPageResult(1, string.Join('\n', _lines.Select(l => l.Text)), 0.9, Width, PageHeight, _lines)];
}

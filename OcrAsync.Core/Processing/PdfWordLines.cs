using UglyToad.PdfPig.Content;

namespace OcrAsync.Core.Processing;

/// <summary>
/// Groups a PDF page's words into lines by baseline, in the pixel space of a 300 dpi render (origin top-left),
/// so boxes from text-layer pages and OCR'd pages can be compared.
/// </summary>
internal static class PdfWordLines
{
    public const int Dpi = 300;
    private const double Scale = Dpi / 72.0;

    /// <summary>A gap narrower than this fraction of the glyph height is no space between words.</summary>
    private const double TouchingGap = 0.05;

    public static List<OcrLine> Build(IEnumerable<Word> words, double pageHeight)
    {
        var placed = words
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => (Word: w, Baseline: w.Letters.Count > 0 ? w.Letters[0].StartBaseLine.Y : w.BoundingBox.Bottom))
            .OrderByDescending(w => w.Baseline)
            .ThenBy(w => w.Word.BoundingBox.Left)
            .ToList();

        var groups = new List<List<Word>>();
        var lineBaseline = double.NaN;
        foreach (var (word, baseline) in placed)
        {
            // Same line when baselines differ by less than a third of the glyph height (superscripts and jitter).
            var tolerance = Math.Max(1.0, word.BoundingBox.Height / 3);
            if (groups.Count == 0 || Math.Abs(baseline - lineBaseline) > tolerance)
            {
                groups.Add([]);
                lineBaseline = baseline;
            }

            groups[^1].Add(word);
        }

        return groups.Select(g => ToLine(g, pageHeight)).ToList();
    }

    private static OcrLine ToLine(List<Word> words, double pageHeight) =>
        ToLine(words.Select(w => new Piece(w.Text.Trim(), w.BoundingBox.Left, w.BoundingBox.Top, w.BoundingBox.Right, w.BoundingBox.Bottom)), pageHeight);

    /// <summary>One line from its words in PDF points; words that touch are joined.</summary>
    internal static OcrLine ToLine(IEnumerable<Piece> words, double pageHeight)
    {
        var joined = new List<Piece>();
        foreach (var word in words.OrderBy(w => w.Left))
        {
            // Words that touch are one word the text layer split ("F" + "actuurnummer:" from a kerned capital).
            if (joined.Count > 0 && word.Left - joined[^1].Right < TouchingGap * (word.Top - word.Bottom))
            {
                var last = joined[^1];
                joined[^1] = new Piece(last.Text + word.Text, last.Left, Math.Max(last.Top, word.Top), Math.Max(last.Right, word.Right), Math.Min(last.Bottom, word.Bottom));
                continue;
            }

            joined.Add(word);
        }

        var box = ToPixels(joined.Min(w => w.Left), joined.Max(w => w.Top), joined.Max(w => w.Right), joined.Min(w => w.Bottom), pageHeight);
        return new OcrLine(string.Join(' ', joined.Select(w => w.Text)), 1.0, box)
        {
            Source = PageSource.TextLayer,
            Words = joined.Select(w => new OcrWord(w.Text, ToPixels(w.Left, w.Top, w.Right, w.Bottom, pageHeight))).ToList(),
        };
    }

    /// <summary>A rectangle in PDF points (origin bottom-left) as pixels of the 300 dpi render (origin top-left).</summary>
    internal static BoundingBox ToPixels(double left, double top, double right, double bottom, double pageHeight)
    {
        var x = (int)Math.Round(left * Scale);
        var y = (int)Math.Round((pageHeight - top) * Scale);
        return new BoundingBox(x, y, Math.Max(1, (int)Math.Round(right * Scale) - x), Math.Max(1, (int)Math.Round((pageHeight - bottom) * Scale) - y));
    }

    /// <summary>A word of the text layer in PDF points (origin bottom-left, so <see cref="Top"/> is above <see cref="Bottom"/>).</summary>
    internal readonly record struct Piece(string Text, double Left, double Top, double Right, double Bottom);
}

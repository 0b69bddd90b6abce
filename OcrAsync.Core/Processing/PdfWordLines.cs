using System.Text;
using OcrAsync.Core.Ocr;
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

    private static OcrLine ToLine(List<Word> words, double pageHeight)
    {
        words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(word.Text.Trim());
        }

        var box = ToPixels(words.Min(w => w.BoundingBox.Left), words.Max(w => w.BoundingBox.Top),
            words.Max(w => w.BoundingBox.Right), words.Min(w => w.BoundingBox.Bottom), pageHeight);
        return new OcrLine(text.ToString(), 1.0, box)
        {
            Words = words.Select(w => new OcrWord(w.Text.Trim(), ToPixels(w.BoundingBox.Left, w.BoundingBox.Top, w.BoundingBox.Right, w.BoundingBox.Bottom, pageHeight))).ToList(),
        };
    }

    /// <summary>A rectangle in PDF points (origin bottom-left) as pixels of the 300 dpi render (origin top-left).</summary>
    private static BoundingBox ToPixels(double left, double top, double right, double bottom, double pageHeight)
    {
        var x = (int)Math.Round(left * Scale);
        var y = (int)Math.Round((pageHeight - top) * Scale);
        return new BoundingBox(x, y, Math.Max(1, (int)Math.Round(right * Scale) - x), Math.Max(1, (int)Math.Round((pageHeight - bottom) * Scale) - y));
    }
}

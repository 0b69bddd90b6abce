using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace OcrAsync.Core.Processing;

/// <summary>
/// The images drawn on a text-layer page that may hold text the text layer lacks (a letterhead logo with the issuer's
/// name, a footer picture of the company details), as areas of the 300 dpi page render to OCR. Only images large enough
/// to hold a line of text, neither covering the page (a scan under an earlier OCR's text layer) nor covered by the text
/// layer's own words (a background tint).
/// </summary>
internal static class PdfImageAreas
{
    /// <summary>Shorter than this (points) the image cannot hold a line of print: a rule, an icon, a currency sign.</summary>
    private const double MinHeightPoints = 8;

    private const double MinWidthPoints = 24;

    /// <summary>Fewer pixel rows or columns than this cannot show a readable letter, whatever the image's printed size.</summary>
    private const int MinHeightSamples = 16;

    private const int MinWidthSamples = 32;

    /// <summary>An image over this share of the page is a scan whose text the text layer already carries.</summary>
    private const double MaxPageShare = 0.5;

    /// <summary>An image whose area text-layer words cover this much is a background: its text is in the layer.</summary>
    private const double MaxWordCover = 0.5;

    /// <summary>White margin rendered around each image (points), so letters at its edge are not cut.</summary>
    private const double MarginPoints = 2;

    public static IReadOnlyList<BoundingBox> Find(Page page, IReadOnlyList<Word> words)
    {
        var pageArea = page.Width * page.Height;
        var areas = new List<PdfRectangle>();
        foreach (var image in page.GetImages())
        {
            var box = image.BoundingBox;
            if (box.Height < MinHeightPoints || box.Width < MinWidthPoints
                || image.HeightInSamples < MinHeightSamples || image.WidthInSamples < MinWidthSamples
                || box.Area > MaxPageShare * pageArea
                || WordCover(box, words) > MaxWordCover * box.Area
                || areas.Any(a => Contains(a, box)))
            {
                continue;
            }

            areas.RemoveAll(a => Contains(box, a));
            areas.Add(box);
        }

        return areas
            .OrderByDescending(a => a.Top)
            .ThenBy(a => a.Left)
            .Select(a => Clip(PdfWordLines.ToPixels(a.Left - MarginPoints, a.Top + MarginPoints, a.Right + MarginPoints, a.Bottom - MarginPoints, page.Height), page))
            .Where(a => a.Width > 0 && a.Height > 0)
            .ToList();
    }

    private static double WordCover(PdfRectangle image, IReadOnlyList<Word> words) =>
        words.Sum(w => Overlap(image.Left, image.Right, w.BoundingBox.Left, w.BoundingBox.Right) * Overlap(image.Bottom, image.Top, w.BoundingBox.Bottom, w.BoundingBox.Top));

    private static double Overlap(double from, double to, double otherFrom, double otherTo) =>
        Math.Max(0, Math.Min(to, otherTo) - Math.Max(from, otherFrom));

    private static bool Contains(PdfRectangle outer, PdfRectangle inner) =>
        inner.Left >= outer.Left && inner.Right <= outer.Right && inner.Bottom >= outer.Bottom && inner.Top <= outer.Top;

    private static BoundingBox Clip(BoundingBox box, Page page)
    {
        var width = (int)Math.Round(page.Width * PdfWordLines.Dpi / 72.0);
        var height = (int)Math.Round(page.Height * PdfWordLines.Dpi / 72.0);
        var x = Math.Max(0, box.X);
        var y = Math.Max(0, box.Y);
        return new BoundingBox(x, y, Math.Min(width, box.X + box.Width) - x, Math.Min(height, box.Y + box.Height) - y);
    }
}

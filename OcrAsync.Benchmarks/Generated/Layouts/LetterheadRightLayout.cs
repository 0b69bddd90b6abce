using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Letterhead right-aligned at the top right, customer and title on the left, header lines under the title.</summary>
internal sealed class LetterheadRightLayout : IInvoiceLayout
{
    public string Name => "letterhead-right";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Vendor, w.Right, 66, 15, SKTextAlign.Right);
        var right = Lines(w, d.VendorLines, w.Right, 86, w.Body, SKTextAlign.Right);
        var y = Lines(w, d.CustomerLines, w.Left, Math.Max(right, 120) + w.Line, w.Body) + w.Line;
        w.Text(d.Title, w.Left, y, 18);
        y += w.Line * 1.4f;
        y = HeaderLines(w, d.Header, w.Left, y);
        y = Table(w, d, y + w.Line, grid: false) + w.Line;
        return TotalsColumns(w, d, y);
    }
}

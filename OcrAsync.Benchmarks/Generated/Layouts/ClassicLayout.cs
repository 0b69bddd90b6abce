using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Vendor top left, title top right, "Label: value" header lines, right-aligned "Label: amount" totals.</summary>
internal sealed class ClassicLayout : IInvoiceLayout
{
    public string Name => "classic";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Vendor, w.Left, 70, w.Fit(d.Vendor, 17, 270));
        w.Text(d.Title, w.Right, 70, w.Fit(d.Title, 20, 200), SKTextAlign.Right);
        var y = Lines(w, d.VendorLines, w.Left, 92, w.Body) + w.Line;
        var left = HeaderLines(w, d.Header, w.Left, y);
        var right = Lines(w, d.CustomerLines, w.Right - 170, y, w.Body);
        y = Table(w, d, Math.Max(left, right) + w.Line, grid: false) + w.Line;
        return TotalsRight(w, d, y);
    }
}

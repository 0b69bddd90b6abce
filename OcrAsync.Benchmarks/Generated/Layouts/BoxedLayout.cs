using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Number and date in a ruled box top right, each value right-aligned away from its label; gridded table.</summary>
internal sealed class BoxedLayout : IInvoiceLayout
{
    public string Name => "boxed";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Title, w.Left, 80, w.Fit(d.Title, 24, w.Right - 250 - w.Left));
        w.Text(d.Vendor, w.Left, 110, 13);
        var left = Lines(w, d.VendorLines, w.Left, 128, w.Body) + w.Line;
        left = Lines(w, d.CustomerLines, w.Left, left, w.Body);

        var boxLeft = w.Right - Math.Max(240, d.Header.Max(f => w.Measure(f.Label, w.Body) + w.Measure(f.Value, w.Body)) + 30);
        var y = 60f + w.Line;
        foreach (var field in d.Header)
        {
            w.Text(field.Label, boxLeft + 8, y, w.Body);
            w.Text(field.Value, w.Right - 8, y, w.Body, SKTextAlign.Right);
            y += w.Line;
        }

        w.Box(boxLeft, 60, w.Right, y - w.Line + w.Body);
        y = Table(w, d, Math.Max(left, y) + w.Line, grid: true) + w.Line;
        return TotalsColumns(w, d, y);
    }
}

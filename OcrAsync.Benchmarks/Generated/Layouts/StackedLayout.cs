using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Each header label above its value in a right column; totals boxed.</summary>
internal sealed class StackedLayout : IInvoiceLayout
{
    public string Name => "stacked";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Vendor, w.Left, 70, w.Fit(d.Vendor, 15, 300));
        var left = Lines(w, d.VendorLines, w.Left, 90, w.Body) + w.Line * 1.5f;
        w.Text(d.Title, w.Left, left, 20);
        left = Lines(w, d.CustomerLines, w.Left, left + w.Line * 1.5f, w.Body);

        // The extractor must look one line down for the value.
        var x = w.Right - 170;
        var y = 70f;
        foreach (var field in d.Header)
        {
            if (field.Label.Length > 0)
            {
                w.Text(field.Label.TrimEnd(':', ' '), x, y, w.Body - 1);
                y += w.Line * 0.8f;
            }

            w.Text(field.Value, x, y, w.Body + 1);
            y += w.Line * 1.3f;
        }

        y = Table(w, d, Math.Max(left, y) + w.Line, grid: false) + w.Line;
        var top = y - w.Line * 0.9f;
        y = TotalsColumns(w, d, y);
        w.Box(w.Right - 240, top, w.Right + 6, y - w.Line * 0.6f);
        return y;
    }
}

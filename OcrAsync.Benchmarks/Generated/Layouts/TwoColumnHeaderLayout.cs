using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Vendor block left, header as a label column and a value column on the right, customer under the vendor.</summary>
internal sealed class TwoColumnHeaderLayout : IInvoiceLayout
{
    public string Name => "two-column";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Title, w.Right, 64, w.Fit(d.Title, 22, 220), SKTextAlign.Right);
        w.Text(d.Vendor, w.Left, 64, w.Fit(d.Vendor, 14, 240));
        var left = Lines(w, d.VendorLines, w.Left, 84, w.Body) + w.Line;
        left = Lines(w, d.CustomerLines, w.Left, left, w.Body);

        var labels = w.Right - 230;
        var values = w.Right - 110;
        var y = 100f;
        foreach (var field in d.Header)
        {
            w.Text(field.Label, labels, y, w.Body);
            w.Text(field.Value, field.Label.Length == 0 ? labels : values, y, w.Body);
            y += w.Line;
        }

        y = Table(w, d, Math.Max(left, y) + w.Line * 1.5f, grid: false) + w.Line;
        return TotalsColumns(w, d, y);
    }
}

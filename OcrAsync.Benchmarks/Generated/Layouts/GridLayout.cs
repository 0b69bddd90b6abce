using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Form-like: header fields in a row of ruled cells (small label at the top, value below), gridded items and totals.</summary>
internal sealed class GridLayout : IInvoiceLayout
{
    public string Name => "grid";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Vendor, w.Left, 64, w.Fit(d.Vendor, 14, 260));
        Lines(w, d.VendorLines, w.Left, 82, w.Body - 0.5f);
        w.Text(d.Title, w.Right, 64, w.Fit(d.Title, 18, 200), SKTextAlign.Right);
        var top = 150f;
        var height = w.Line * 2.4f;
        var cell = (w.Right - w.Left) / d.Header.Count;
        for (var i = 0; i < d.Header.Count; i++)
        {
            var x = w.Left + i * cell;
            w.Box(x, top, x + cell, top + height);
            w.Text(d.Header[i].Label, x + 4, top + w.Body, w.Body - 2);
            w.Text(d.Header[i].Value, x + 4, top + height - w.Body * 0.6f, w.Body);
        }

        var y = Lines(w, d.CustomerLines, w.Left, top + height + w.Line * 1.5f, w.Body);
        y = Table(w, d, y + w.Line * 1.5f, grid: true) + w.Line;
        var boxTop = y - w.Line;
        var labels = w.Right - 230;
        foreach (var total in d.Totals)
        {
            w.Text(total.Label, labels + 6, y, Size(w, total));
            w.Text(total.Value, w.Right - 6, y, Size(w, total), SKTextAlign.Right);
            w.Rule(labels, y + w.Line * 0.35f, w.Right, y + w.Line * 0.35f);
            y += w.Line * 1.1f;
        }

        w.Box(labels, boxTop, w.Right, y - w.Line * 0.75f);
        w.Rule(w.Right - 110, boxTop, w.Right - 110, y - w.Line * 0.75f);
        return y;
    }
}

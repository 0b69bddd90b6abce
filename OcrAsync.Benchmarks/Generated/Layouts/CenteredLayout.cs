using SkiaSharp;
using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Centred letterhead and title, header fields in two columns, table without rules, totals in two columns.</summary>
internal sealed class CenteredLayout : IInvoiceLayout
{
    public string Name => "centered";

    public int? ReceiptWidthMm => null;

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Vendor, w.Middle, 66, 16, SKTextAlign.Center);
        var y = Lines(w, d.VendorLines, w.Middle, 86, w.Body, SKTextAlign.Center) + w.Line * 0.5f;
        w.Text(d.Title, w.Middle, y, 18, SKTextAlign.Center);
        y += w.Line * 2;
        var half = (d.Header.Count + 1) / 2;
        float left = y, right = y;
        for (var i = 0; i < d.Header.Count; i++)
        {
            if (i < half)
            {
                w.Text(Joined(d.Header[i]), w.Left, left, w.Body);
                left += w.Line;
            }
            else
            {
                w.Text(Joined(d.Header[i]), w.Middle + 40, right, w.Body);
                right += w.Line;
            }
        }

        y = Lines(w, d.CustomerLines, w.Left, Math.Max(left, right) + w.Line * 0.5f, w.Body);
        y = Table(w, d, y + w.Line, grid: false, rules: false) + w.Line;
        return TotalsColumns(w, d, y);
    }
}

using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Centred letterhead and title, header fields in two columns, table without rules, totals in two columns.</summary>
internal sealed class CenteredLayout : IInvoiceLayout
{
    public string Name => "centered";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Vendor, w.Middle, 66, 16, SKTextAlign.Center);
        var y = Lines(w, d.VendorLines, w.Middle, 86, w.Body, SKTextAlign.Center) + w.Line * 0.5f;
        w.Text(d.Title, w.Middle, y, 18, SKTextAlign.Center);
        y += w.Line * 2;
        var half = (d.Header.Count + 1) / 2;
        var left = HeaderLines(w, d.Header.Take(half), w.Left, y);
        var right = HeaderLines(w, d.Header.Skip(half), w.Middle + 40, y);

        y = Lines(w, d.CustomerLines, w.Left, Math.Max(left, right) + w.Line * 0.5f, w.Body);
        y = Table(w, d, y + w.Line, grid: false, rules: false) + w.Line;
        return TotalsColumns(w, d, y);
    }
}

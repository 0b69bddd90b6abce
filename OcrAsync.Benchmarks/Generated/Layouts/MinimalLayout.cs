using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Modern and sparse: the total repeated large at the top ("Amount due"), header in one line, no rules at all.</summary>
internal sealed class MinimalLayout : IInvoiceLayout
{
    public string Name => "minimal";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Vendor, w.Left, 60, w.Body + 1);
        w.Text(d.Title, w.Left, 100, w.Fit(d.Title, 26, 260));
        var total = d.Field(FieldRoles.Total);
        w.Text(total.Label, w.Right, 80, w.Body, SKTextAlign.Right);
        w.Text(total.Value, w.Right, 104, 20, SKTextAlign.Right);

        // The header on one line, or two when it would not fit.
        var header = string.Join("     ", d.Header.Select(Joined));
        string[] lines = w.Measure(header, w.Body) <= w.Right - w.Left ? [header]
            : [string.Join("     ", d.Header.Take(2).Select(Joined)), string.Join("     ", d.Header.Skip(2).Select(Joined))];
        var y = Lines(w, lines, w.Left, 150, w.Body);
        y = Lines(w, d.CustomerLines, w.Left, y + w.Line, w.Body);
        y = Table(w, d, y + w.Line * 1.5f, grid: false, rules: false) + w.Line;
        y = TotalsColumns(w, d, y, minWidth: 180);
        return Lines(w, d.VendorLines, w.Left, y + w.Line * 2, w.Body - 1.5f);
    }
}

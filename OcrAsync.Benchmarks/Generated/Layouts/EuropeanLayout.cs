using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>
/// "Rechnung/Facture" style: a small sender line above the address window, a meta block on the right, a summary block
/// with tax by rate, and the vendor's legal details in a three-column footer.
/// </summary>
internal sealed class EuropeanLayout : IInvoiceLayout
{
    public string Name => "european";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Vendor, w.Right, 60, 16, SKTextAlign.Right);
        w.Text($"{d.Vendor} · {d.VendorLines[0]}", w.Left, 130, w.Body - 3);
        w.Rule(w.Left, 133, w.Left + 250, 133);
        Lines(w, d.CustomerLines, w.Left, 150, w.Body);

        var y = 150f;
        foreach (var field in d.Header)
        {
            w.Text(field.Label, w.Right - 200, y, w.Body - 0.5f);
            w.Text(field.Value, w.Right, y, w.Body - 0.5f, SKTextAlign.Right);
            y += w.Line * 0.9f;
        }

        y = Math.Max(y, 220) + w.Line;
        w.Text(d.Title, w.Left, y, 17);
        y = Table(w, d, y + w.Line * 1.5f, grid: false) + w.Line * 0.5f;
        if (d.TaxSummary.Count > 1)
        {
            y = TaxSummary(w, d, w.Right - 260, y);
        }

        y = TotalsColumns(w, d, y, minWidth: 260);
        return Footer(w, d, Math.Max(y + w.Line * 2, 760));
    }

    private static float Footer(PageWriter w, InvoiceDocument d, float y)
    {
        w.Rule(w.Left, y - w.Line, w.Right, y - w.Line);
        var column = (w.Right - w.Left) / 3;
        var points = d.VendorLines.Append(d.Vendor).Min(line => w.Fit(line, w.Body - 2.5f, column - 10));
        var end = Lines(w, [d.Vendor, d.VendorLines[0]], w.Left, y, points);
        end = Math.Max(end, Lines(w, d.VendorLines.Skip(1), w.Left + column, y, points));
        return Math.Max(end, Lines(w, ["IBAN DE89 3704 0044 0532 0130 00", "BIC COBADEFFXXX"], w.Left + column * 2, y, points));
    }
}

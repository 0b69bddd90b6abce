using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>
/// A header that names no seller (a logo stood there): the title, the customer's block first and the header fields on
/// the right; the seller's legal name is printed only in the footer, over its address and registration. Opt-in
/// (<c>generate-invoices --footer-issuer</c>, <see cref="PageGenerator"/>), so the sets of earlier figures stay as they were.
/// </summary>
internal sealed class FooterIssuerLayout : IInvoiceLayout
{
    public string Name => "footer-issuer";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Title, w.Left, 70, w.Fit(d.Title, 22, 260));
        var left = Lines(w, d.CustomerLines, w.Left, 110, w.Body);
        var right = 110f;
        foreach (var field in d.Header)
        {
            w.Text(Joined(field), w.Right, right, w.Body - 0.5f, SKTextAlign.Right);
            right += w.Line * 0.9f;
        }

        var y = Table(w, d, Math.Max(left, right) + w.Line * 1.5f, grid: false) + w.Line * 0.5f;
        y = TotalsColumns(w, d, y);

        // The footer: a rule, then the seller's name over its address, phone and registration lines, in small print.
        y = Math.Max(y + w.Line * 2, 740);
        w.Rule(w.Left, y - w.Line, w.Right, y - w.Line);
        var points = d.VendorLines.Prepend(d.Vendor).Min(line => w.Fit(line, w.Body - 1.5f, w.Right - w.Left));
        return Lines(w, d.VendorLines.Prepend(d.Vendor), w.Left, y, points);
    }
}

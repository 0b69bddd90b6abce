using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>
/// A marketplace's invoice: the marketplace's brand printed large where a letterhead stands, the seller who issues the
/// invoice named after a "Sold by" label over its address and registration, the brand again in the footer ("Ordered
/// through"). The seller is the vendor. Opt-in (<c>generate-invoices --marketplace</c>, <see cref="PageGenerator"/>), so
/// the sets of earlier figures stay as they were.
/// </summary>
internal sealed class MarketplaceLayout : IInvoiceLayout
{
    /// <summary>Invented brands, no legal form: a brand is not a company name.</summary>
    private static readonly string[] Brands = ["Shopverse", "Marketly", "Bazaaro", "Cartwise", "Kaufhub", "Mercadia"];

    public string Name => "marketplace";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        // Picked from the document, not the page's random, so the documents stay those of the usual set.
        var brand = Brands[(d.Vendor.Length + d.Items.Count) % Brands.Length];
        var soldBy = d.Words.SoldByLabels[d.Vendor.Length % d.Words.SoldByLabels.Length];
        w.Text(brand, w.Left, 72, w.Fit(brand, 26, 260));
        w.Text(d.Title, w.Right, 70, w.Fit(d.Title, 18, 200), SKTextAlign.Right);
        var line = $"{soldBy} {d.Vendor}";
        w.Text(line, w.Left, 104, w.Fit(line, w.Body, 330));
        var y = Lines(w, d.VendorLines, w.Left, 104 + w.Line, w.Body - 1) + w.Line;
        var left = HeaderLines(w, d.Header, w.Left, y);
        var right = Lines(w, d.CustomerLines, w.Right - 170, y, w.Body);
        y = Table(w, d, Math.Max(left, right) + w.Line, grid: false) + w.Line;
        y = TotalsRight(w, d, y) + w.Line;
        w.Text($"{brand}.com", w.Left, y, w.Body - 1.5f);
        return y;
    }
}

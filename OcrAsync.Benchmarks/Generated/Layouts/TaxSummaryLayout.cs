using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Table-heavy: items with a rate column, then a tax-by-rate table (rate, net, tax) beside the totals.</summary>
internal sealed class TaxSummaryLayout : IInvoiceLayout
{
    public string Name => "tax-summary";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Title, w.Left, 70, w.Fit(d.Title, 20, 220));
        w.Text(d.Vendor, w.Right, 62, w.Fit(d.Vendor, 12, 240), SKTextAlign.Right);
        Lines(w, d.VendorLines, w.Right, 78, w.Body - 1, SKTextAlign.Right);
        var y = 100f;
        y = HeaderLines(w, d.Header, w.Left, y);
        y = Lines(w, d.CustomerLines, w.Left, y + w.Line * 0.5f, w.Body) + w.Line;
        var line = w.Body * 1.8f;
        float[] stops = [w.Left + 4, w.Left + 230, w.Left + 330, w.Left + 390, w.Right - 4];
        Row(w, [.. d.Columns.Take(3), "%", d.Columns[3]], stops, y);
        w.Rule(w.Left, y + line * 0.3f, w.Right, y + line * 0.3f);
        foreach (var (item, cells) in d.Items.Zip(d.Rows))
        {
            y += line;
            Row(w, [cells[0], cells[1], cells[2], d.Money.Percent(item.Rate), cells[3]], stops, y);
        }

        w.Rule(w.Left, y + line * 0.3f, w.Right, y + line * 0.3f);
        y += line * 1.5f;
        var summaryEnd = TaxSummaryBlock(w, d, y);
        var totalsEnd = TotalsColumns(w, d, y, minWidth: 200);
        return Math.Max(summaryEnd, totalsEnd);
    }

    private static float TaxSummaryBlock(PageWriter w, InvoiceDocument d, float y)
    {
        float[] stops = [w.Left, w.Left + 125, w.Left + 215];
        Row(w, d.Words.RateLabels, stops, y);
        foreach (var rate in d.TaxSummary)
        {
            y += w.Line;
            Row(w, [d.Money.Percent(rate.Rate) + " %", d.Money.Number(rate.Net), d.Money.Number(rate.Tax)], stops, y);
        }

        return y + w.Line;
    }
}

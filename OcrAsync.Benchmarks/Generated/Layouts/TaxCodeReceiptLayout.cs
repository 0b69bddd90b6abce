using static OcrAsync.Benchmarks.Generated.Layouts.ReceiptParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>
/// 80 mm supermarket style: items with a tax code letter (A, B…), totals, then a tax-by-code table after the total, so
/// amounts below the total (net, tax, cash, change) compete with it.
/// </summary>
internal sealed class TaxCodeReceiptLayout : IInvoiceLayout
{
    public string Name => "receipt-80-tax";

    public int? ReceiptWidthMm => 80;

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        var y = Letterhead(w, d, 26);
        var codes = d.TaxSummary.Select((rate, i) => (rate.Rate, Code: (char)('A' + i))).ToDictionary(r => r.Rate, r => r.Code);
        foreach (var (item, cells) in d.Items.Zip(d.Rows))
        {
            y = LeftRight(w, cells[1] == "1" ? cells[0] : $"{cells[0]} {cells[1]}x{cells[2]}", $"{cells[3]} {codes[item.Rate]}", y, w.Body);
        }

        y = Dashes(w, y);
        y = Totals(w, d, y);
        y = Dashes(w, y);
        var labels = d.Words.RateLabels;
        y = LeftRight(w, $"   {labels[0]}   {labels[1]}", labels[2], y, w.Body - 0.5f);
        foreach (var rate in d.TaxSummary)
        {
            y = LeftRight(w, $"{codes[rate.Rate]} {d.Money.Percent(rate.Rate)}%   {d.Money.Number(rate.Net)}", d.Money.Number(rate.Tax), y, w.Body - 0.5f);
        }

        y = Dashes(w, y);
        y = Header(w, d, y);
        return Footer(w, d, y + w.Line);
    }
}

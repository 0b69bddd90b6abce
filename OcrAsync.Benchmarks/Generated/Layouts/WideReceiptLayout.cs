using static OcrAsync.Benchmarks.Generated.Layouts.ReceiptParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>80 mm till roll: one line per item (name, quantity, amount), totals, cash and change.</summary>
internal sealed class WideReceiptLayout : IInvoiceLayout
{
    public string Name => "receipt-80";

    public int? ReceiptWidthMm => 80;

    public float Draw(PageWriter w, InvoiceDocument d) => Roll(w, d, 26, y =>
    {
        var quantity = w.Right - 70;
        w.Text(d.Columns[0], w.Left, y, w.Body);
        w.Text(d.Columns[1], quantity, y, w.Body, SKTextAlign.Right);
        y = LeftRight(w, "", d.Columns[3], y, w.Body);
        foreach (var cells in d.Rows)
        {
            w.Text(Cut(w, cells[0], quantity - 24 - w.Left, w.Body), w.Left, y, w.Body);
            w.Text(cells[1], quantity, y, w.Body, SKTextAlign.Right);
            y = LeftRight(w, "", cells[3], y, w.Body);
        }

        return y;
    });
}

using static OcrAsync.Benchmarks.Generated.Layouts.ReceiptParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>58 mm till roll: each item on its own line, "qty x price" and the amount under it.</summary>
internal sealed class NarrowReceiptLayout : IInvoiceLayout
{
    public string Name => "receipt-58";

    public int? ReceiptWidthMm => 58;

    public float Draw(PageWriter w, InvoiceDocument d) => Roll(w, d, 24, y =>
    {
        foreach (var (item, cells) in d.Items.Zip(d.Rows))
        {
            w.Text(item.Description, w.Left, y, w.Body);
            y = LeftRight(w, $"  {cells[1]} x {cells[2]}", cells[3], y + w.Line * 0.9f, w.Body);
        }

        return y;
    });
}

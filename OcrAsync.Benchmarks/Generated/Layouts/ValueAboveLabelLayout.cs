using static OcrAsync.Benchmarks.Generated.Layouts.LayoutParts;

namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Modern header strip: each value large with its label small underneath; the total the same way, bottom right.</summary>
internal sealed class ValueAboveLabelLayout : IInvoiceLayout
{
    public string Name => "label-below";

    public float Draw(PageWriter w, InvoiceDocument d)
    {
        w.Text(d.Vendor, w.Left, 66, 15);
        var y = Lines(w, d.VendorLines, w.Left, 86, w.Body - 0.5f) + w.Line;
        w.Text(d.Title, w.Left, y, 20);
        y += w.Line * 2;
        var step = (w.Right - w.Left) / d.Header.Count;
        for (var i = 0; i < d.Header.Count; i++)
        {
            w.Text(d.Header[i].Value, w.Left + i * step, y, w.Body + 2);
            w.Text(d.Header[i].Label.TrimEnd(':', ' '), w.Left + i * step, y + w.Line, w.Body - 1.5f);
        }

        y = Lines(w, d.CustomerLines, w.Left, y + w.Line * 2.5f, w.Body);
        y = Table(w, d, y + w.Line, grid: false) + w.Line;
        foreach (var field in d.Totals.Where(t => !t.Emphasis))
        {
            w.Text(field.Label, w.Right - 220, y, w.Body);
            w.Text(field.Value, w.Right, y, w.Body, SKTextAlign.Right);
            y += w.Line;
        }

        var total = d.Field(FieldRoles.Total);
        w.Text(total.Value, w.Right, y + w.Line, w.Body + 8, SKTextAlign.Right);
        w.Text(total.Label, w.Right, y + w.Line * 2, w.Body - 1, SKTextAlign.Right);
        return y + w.Line * 2;
    }
}

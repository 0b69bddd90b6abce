namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>The blocks several layouts share: text lines, the item table, totals, the tax-by-rate summary.</summary>
internal static class LayoutParts
{
    public static float Lines(PageWriter w, IEnumerable<string> lines, float x, float y, float points, SKTextAlign align = SKTextAlign.Left)
    {
        foreach (var text in lines)
        {
            w.Text(text, x, y, points, align);
            y += points * 1.6f;
        }

        return y;
    }

    /// <summary>"Label value", or the value alone when it carries its own label.</summary>
    public static string Joined(LabelledValue field) => field.Label.Length == 0 ? field.Value : $"{field.Label} {field.Value}";

    /// <summary>Header fields as "Label value" lines (<see cref="Joined"/>) at <paramref name="x"/>; returns the baseline below them.</summary>
    public static float HeaderLines(PageWriter w, IEnumerable<LabelledValue> fields, float x, float y)
    {
        foreach (var field in fields)
        {
            w.Text(Joined(field), x, y, w.Body);
            y += w.Line;
        }

        return y;
    }

    public static float Size(PageWriter w, LabelledValue field) => field.Emphasis ? w.Body + 2 : w.Body;

    /// <summary>Item table on an A4 page; returns the baseline below it. <paramref name="grid"/> rules every cell.</summary>
    public static float Table(PageWriter w, InvoiceDocument d, float y, bool grid, bool rules = true)
    {
        var line = w.Body * 1.9f;
        float[] stops = [w.Left + 4, w.Left + 250, w.Left + 370, w.Right - 4];
        float[] cuts = [w.Left, w.Left + 210, w.Left + 256, w.Left + 376, w.Right];
        var top = y - line * 0.7f;
        Row(w, d.Columns, stops, y);
        if (rules)
        {
            w.Rule(w.Left, y + line * 0.3f, w.Right, y + line * 0.3f);
        }

        foreach (var row in d.Rows)
        {
            y += line;
            Row(w, row, stops, y);
            if (grid)
            {
                w.Rule(w.Left, y + line * 0.3f, w.Right, y + line * 0.3f);
            }
        }

        if (rules && !grid)
        {
            w.Rule(w.Left, y + line * 0.3f, w.Right, y + line * 0.3f);
        }

        if (grid)
        {
            foreach (var x in cuts)
            {
                w.Rule(x, top, x, y + line * 0.3f);
            }

            w.Rule(w.Left, top, w.Right, top);
        }

        return y + line;
    }

    public static void Row(PageWriter w, IReadOnlyList<string> cells, float[] stops, float y)
    {
        w.Text(cells[0], stops[0], y, w.Body);
        for (var i = 1; i < cells.Count; i++)
        {
            w.Text(cells[i], stops[i], y, w.Body, SKTextAlign.Right);
        }
    }

    /// <summary>Totals as a label column and a right-aligned amount column, wide enough for the longest row.</summary>
    public static float TotalsColumns(PageWriter w, InvoiceDocument d, float y, float minWidth = 230)
    {
        var x = w.Right - d.Totals.Max(t => Math.Max(minWidth, w.Measure(t.Label, Size(w, t)) + w.Measure(t.Value, Size(w, t)) + 24));
        foreach (var total in d.Totals)
        {
            w.Text(total.Label, x, y, Size(w, total));
            w.Text(total.Value, w.Right, y, Size(w, total), SKTextAlign.Right);
            y += w.Line * (total.Emphasis ? 1.2f : 1f);
        }

        return y;
    }

    /// <summary>Totals as right-aligned "Label: amount" lines.</summary>
    public static float TotalsRight(PageWriter w, InvoiceDocument d, float y)
    {
        foreach (var total in d.Totals)
        {
            w.Text($"{total.Label.TrimEnd(':')}: {total.Value}", w.Right, y, Size(w, total), SKTextAlign.Right);
            y += w.Line;
        }

        return y;
    }

    /// <summary>Tax by rate (rate, net, tax), as European invoices print it above the total.</summary>
    public static float TaxSummary(PageWriter w, InvoiceDocument d, float x, float y)
    {
        var labels = d.Words.RateLabels;
        float[] stops = [x, x + 140, w.Right];
        Row(w, labels, stops, y);
        w.Rule(x, y + w.Line * 0.3f, w.Right, y + w.Line * 0.3f);
        foreach (var rate in d.TaxSummary)
        {
            y += w.Line;
            Row(w, [d.Money.Percent(rate.Rate) + " %", d.Money.Number(rate.Net), d.Money.Number(rate.Tax)], stops, y);
        }

        return y + w.Line * 1.4f;
    }
}

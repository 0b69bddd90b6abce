namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Receipt blocks: a centred, wrapped letterhead, label-left/amount-right rows and dashed separators.</summary>
internal static class ReceiptParts
{
    public static float Letterhead(PageWriter w, InvoiceDocument d, float y)
    {
        foreach (var part in Wrap(w, d.Vendor, w.Body + 2))
        {
            w.Text(part, w.Middle, y, w.Body + 2, SKTextAlign.Center);
            y += w.Line * 1.1f;
        }

        foreach (var line in d.VendorLines.SelectMany(l => Wrap(w, l, w.Body)))
        {
            w.Text(line, w.Middle, y, w.Body, SKTextAlign.Center);
            y += w.Line * 0.9f;
        }

        w.Text(d.Title, w.Middle, y + w.Line * 0.4f, w.Body + 1, SKTextAlign.Center);
        return y + w.Line * 1.5f;
    }

    /// <summary>
    /// The till roll of the item-list receipts: letterhead from <paramref name="top"/>, header, a dashed rule, the items
    /// (<paramref name="items"/> draws them from a baseline and returns the next one), a dashed rule, totals and footer.
    /// </summary>
    public static float Roll(PageWriter w, InvoiceDocument d, float top, Func<float, float> items)
    {
        var y = Letterhead(w, d, top);
        y = Header(w, d, y);
        y = Dashes(w, y);
        y = items(y);
        y = Dashes(w, y);
        y = Totals(w, d, y);
        return Footer(w, d, y + w.Line);
    }

    /// <summary>A row with <paramref name="left"/> cut short where it would run into <paramref name="right"/>.</summary>
    public static float LeftRight(PageWriter w, string left, string right, float y, float points)
    {
        w.Text(Cut(w, left, w.Right - w.Measure(right, points) - w.Measure("  ", points) - w.Left, points), w.Left, y, points);
        w.Text(right, w.Right, y, points, SKTextAlign.Right);
        return y + points * 1.6f;
    }

    public static float Dashes(PageWriter w, float y)
    {
        var dash = new string('-', Math.Max(8, (int)((w.Right - w.Left) / w.Measure("-", w.Body))));
        w.Text(dash, w.Left, y, w.Body);
        return y + w.Line;
    }

    /// <summary>Header fields one per line, label left and value right.</summary>
    public static float Header(PageWriter w, InvoiceDocument d, float y)
    {
        foreach (var field in d.Header)
        {
            y = field.Label.Length == 0 ? Centered(w, field.Value, y) : LeftRight(w, field.Label, field.Value, y, w.Body);
        }

        return y;
    }

    public static float Totals(PageWriter w, InvoiceDocument d, float y)
    {
        foreach (var total in d.Totals)
        {
            y = LeftRight(w, total.Label, total.Value, y, total.Emphasis ? w.Body + 2 : w.Body);
        }

        return y;
    }

    public static float Footer(PageWriter w, InvoiceDocument d, float y)
    {
        foreach (var line in d.Footer.SelectMany(f => Wrap(w, f, w.Body)))
        {
            y = Centered(w, line, y);
        }

        return y;
    }

    private static float Centered(PageWriter w, string text, float y)
    {
        w.Text(text, w.Middle, y, w.Body, SKTextAlign.Center);
        return y + w.Line;
    }

    /// <summary><paramref name="text"/> cut to <paramref name="room"/>, as tills cut it (no ellipsis).</summary>
    public static string Cut(PageWriter w, string text, float room, float points)
    {
        while (text.Length > 1 && w.Measure(text, points) > room)
        {
            text = text[..^1];
        }

        return text.TrimEnd();
    }

    /// <summary>Splits <paramref name="text"/> at spaces into lines that fit between the margins.</summary>
    public static IEnumerable<string> Wrap(PageWriter w, string text, float points)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && w.Measure(candidate, points) > w.Right - w.Left)
            {
                yield return line;
                candidate = word;
            }

            line = candidate;
        }

        yield return line;
    }
}

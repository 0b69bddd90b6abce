using SkiaSharp;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>Draws an <see cref="InvoicePage"/> in one of four layouts, black on white, A4 at the page's resolution.</summary>
internal static class InvoiceRenderer
{
    public static SKBitmap Render(InvoicePage page)
    {
        var bitmap = new SKBitmap(new SKImageInfo((int)(8.27 * page.Dpi), (int)(11.69 * page.Dpi), SKColorType.Gray8, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        Draw(canvas, page, page.Dpi);
        return bitmap;
    }

    /// <summary>Draws the page on any canvas at <paramref name="dpi"/> (72 on a PDF page: drawn text stays text).</summary>
    public static void Draw(SKCanvas canvas, InvoicePage page, float dpi)
    {
        using var typeface = SKTypeface.FromFile(page.FontFile)
            ?? throw new InvalidOperationException($"Font {page.FontFile} not found; install fonts-dejavu-core.");
        using var writer = new PageWriter(canvas, typeface, dpi);
        var y = page.Layout switch
        {
            "classic" => Classic(writer, page),
            "boxed" => Boxed(writer, page),
            "centered" => Centered(writer, page),
            _ => Stacked(writer, page),
        };
        writer.Text(page.Footer[0], PageWriter.Width / 2, Math.Max(y + 40, 790), page.BodyPoints - 1, SKTextAlign.Center);
    }

    private static float Classic(PageWriter w, InvoicePage p)
    {
        var line = p.BodyPoints * 1.7f;
        w.Text(p.Vendor, PageWriter.Left, 70, 17);
        w.Text(p.Title, PageWriter.Right, 70, 20, SKTextAlign.Right);
        var y = Lines(w, p.VendorLines, PageWriter.Left, 92, p.BodyPoints, SKTextAlign.Left) + line;
        var left = y;
        foreach (var field in p.Header)
        {
            w.Text(Joined(field), PageWriter.Left, left, p.BodyPoints);
            left += line;
        }

        var right = Lines(w, p.CustomerLines, PageWriter.Right - 170, y, p.BodyPoints, SKTextAlign.Left);
        y = Table(w, p, Math.Max(left, right) + line, grid: false) + line;
        foreach (var total in p.Totals)
        {
            w.Text($"{total.Label}: {total.Value}", PageWriter.Right, y, Size(p, total), SKTextAlign.Right);
            y += line;
        }

        return y;
    }

    private static float Boxed(PageWriter w, InvoicePage p)
    {
        var line = p.BodyPoints * 1.7f;
        w.Text(p.Title, PageWriter.Left, 80, 24);
        w.Text(p.Vendor, PageWriter.Left, 110, 13);
        var left = Lines(w, p.VendorLines, PageWriter.Left, 128, p.BodyPoints, SKTextAlign.Left) + line;
        left = Lines(w, p.CustomerLines, PageWriter.Left, left, p.BodyPoints, SKTextAlign.Left);

        var boxLeft = PageWriter.Right - 240;
        var y = 60f + line;
        foreach (var field in p.Header)
        {
            w.Text(field.Label, boxLeft + 8, y, p.BodyPoints);
            w.Text(field.Value, PageWriter.Right - 8, y, p.BodyPoints, SKTextAlign.Right);
            y += line;
        }

        w.Box(boxLeft, 60, PageWriter.Right, y - line + p.BodyPoints);
        y = Table(w, p, Math.Max(left, y) + line, grid: true) + line;
        return Columns(w, p, y, line);
    }

    private static float Centered(PageWriter w, InvoicePage p)
    {
        var line = p.BodyPoints * 1.7f;
        var middle = PageWriter.Width / 2;
        w.Text(p.Vendor, middle, 66, 16, SKTextAlign.Center);
        var y = Lines(w, p.VendorLines, middle, 86, p.BodyPoints, SKTextAlign.Center) + line * 0.5f;
        w.Text(p.Title, middle, y, 18, SKTextAlign.Center);
        y += line * 2;
        var half = (p.Header.Count + 1) / 2;
        float left = y, right = y;
        for (var i = 0; i < p.Header.Count; i++)
        {
            if (i < half)
            {
                w.Text(Joined(p.Header[i]), PageWriter.Left, left, p.BodyPoints);
                left += line;
            }
            else
            {
                w.Text(Joined(p.Header[i]), middle + 40, right, p.BodyPoints);
                right += line;
            }
        }

        y = Lines(w, p.CustomerLines, PageWriter.Left, Math.Max(left, right) + line * 0.5f, p.BodyPoints, SKTextAlign.Left);
        y = Table(w, p, y + line, grid: false, rules: false) + line;
        return Columns(w, p, y, line);
    }

    private static float Stacked(PageWriter w, InvoicePage p)
    {
        var line = p.BodyPoints * 1.7f;
        w.Text(p.Vendor, PageWriter.Left, 70, 15);
        var left = Lines(w, p.VendorLines, PageWriter.Left, 90, p.BodyPoints, SKTextAlign.Left) + line * 1.5f;
        w.Text(p.Title, PageWriter.Left, left, 20);
        left = Lines(w, p.CustomerLines, PageWriter.Left, left + line * 1.5f, p.BodyPoints, SKTextAlign.Left);

        // Each label above its value, as in many invoice headers: the extractor must look one line down.
        var x = PageWriter.Right - 170;
        var y = 70f;
        foreach (var field in p.Header)
        {
            if (field.Label.Length > 0)
            {
                w.Text(field.Label.TrimEnd(':'), x, y, p.BodyPoints - 1);
                y += line * 0.8f;
            }

            w.Text(field.Value, x, y, p.BodyPoints + 1);
            y += line * 1.3f;
        }

        y = Table(w, p, Math.Max(left, y) + line, grid: false) + line;
        var top = y - line * 0.9f;
        y = Columns(w, p, y, line);
        w.Box(PageWriter.Right - 240, top, PageWriter.Right + 6, y - line * 0.6f);
        return y;
    }

    /// <summary>Item table; returns the baseline below it. <paramref name="grid"/> draws every cell, else header and end rules.</summary>
    private static float Table(PageWriter w, InvoicePage p, float y, bool grid, bool rules = true)
    {
        var line = p.BodyPoints * 1.9f;
        float[] stops = [PageWriter.Left + 4, PageWriter.Left + 250, PageWriter.Left + 370, PageWriter.Right - 4];
        float[] cuts = [PageWriter.Left, PageWriter.Left + 210, PageWriter.Left + 256, PageWriter.Left + 376, PageWriter.Right];
        var top = y - line * 0.7f;
        Row(w, p.Columns, stops, y, p.BodyPoints);
        if (rules)
        {
            w.Line(PageWriter.Left, y + line * 0.3f, PageWriter.Right, y + line * 0.3f);
        }

        foreach (var row in p.Rows)
        {
            y += line;
            Row(w, row, stops, y, p.BodyPoints);
            if (grid)
            {
                w.Line(PageWriter.Left, y + line * 0.3f, PageWriter.Right, y + line * 0.3f);
            }
        }

        if (rules)
        {
            w.Line(PageWriter.Left, y + line * 0.3f, PageWriter.Right, y + line * 0.3f);
        }

        if (grid)
        {
            foreach (var x in cuts)
            {
                w.Line(x, top, x, y + line * 0.3f);
            }

            w.Line(PageWriter.Left, top, PageWriter.Right, top);
        }

        return y + line;
    }

    private static void Row(PageWriter w, IReadOnlyList<string> cells, float[] stops, float y, float points)
    {
        w.Text(cells[0], stops[0], y, points);
        for (var i = 1; i < cells.Count; i++)
        {
            w.Text(cells[i], stops[i], y, points, SKTextAlign.Right);
        }
    }

    /// <summary>Totals as a label column and a right-aligned amount column, wide enough for the longest row.</summary>
    private static float Columns(PageWriter w, InvoicePage p, float y, float line)
    {
        var x = PageWriter.Right - p.Totals.Max(t => Math.Max(230, w.Measure(t.Label, Size(p, t)) + w.Measure(t.Value, Size(p, t)) + 24));
        foreach (var total in p.Totals)
        {
            w.Text(total.Label, x, y, Size(p, total));
            w.Text(total.Value, PageWriter.Right, y, Size(p, total), SKTextAlign.Right);
            y += line * (total.Emphasis ? 1.2f : 1f);
        }

        return y;
    }

    private static float Lines(PageWriter w, IEnumerable<string> lines, float x, float y, float points, SKTextAlign align)
    {
        foreach (var text in lines)
        {
            w.Text(text, x, y, points, align);
            y += points * 1.6f;
        }

        return y;
    }

    private static string Joined(LabelledValue field) => field.Label.Length == 0 ? field.Value : $"{field.Label} {field.Value}";

    private static float Size(InvoicePage p, LabelledValue field) => field.Emphasis ? p.BodyPoints + 2 : p.BodyPoints;
}

namespace OcrAsync.Benchmarks.Generated;

/// <summary>Draws a document in a layout: A4 for invoices, a roll as long as its content for receipts.</summary>
internal static class PageRenderer
{
    /// <summary>The page's text model and, when <paramref name="draw"/>, its bitmap (the caller disposes it).</summary>
    public static (SKBitmap? Bitmap, PageText Text) Render(InvoiceDocument document, IInvoiceLayout layout, PageStyle style, bool draw = true)
    {
        using var typeface = FontFiles.Load(style.FontFile);
        var width = layout.ReceiptWidthMm is { } mm ? mm / 25.4f * 72f : PageWriter.A4Width;
        float bottom;
        using (var dry = new PageWriter(null, typeface, style, width))
        {
            bottom = Draw(dry, document, layout);
            if (!draw)
            {
                return (null, new PageText(dry.Texts, dry.Boxes));
            }
        }

        var height = layout.ReceiptWidthMm is null ? PageWriter.A4Height : bottom + 20;
        var scale = style.Dpi / 72f;
        var bitmap = new SKBitmap(new SKImageInfo((int)(width * scale), (int)(height * scale), SKColorType.Gray8, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.SetMatrix(Degradations.Matrix(style.Defects, bitmap.Width, bitmap.Height));
        if (layout.ReceiptWidthMm is not null)
        {
            using var paper = new SKPaint { Color = new SKColor(246, 246, 246) };
            canvas.DrawRect(0, 0, bitmap.Width, bitmap.Height, paper); // Thermal paper is not quite white; the scanner bed is.
        }

        using var writer = new PageWriter(canvas, typeface, style, width);
        Draw(writer, document, layout);
        return (bitmap, new PageText(writer.Texts, writer.Boxes));
    }

    public static float Draw(PageWriter w, InvoiceDocument document, IInvoiceLayout layout)
    {
        var y = layout.Draw(w, document);
        if (layout.ReceiptWidthMm is not null)
        {
            return y;
        }

        var footer = Math.Min(Math.Max(y + 40, 790), PageWriter.A4Height - 16);
        w.Text(document.Footer[0], w.Middle, footer, w.Body - 1, SKTextAlign.Center);
        return footer;
    }
}

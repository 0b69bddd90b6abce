namespace OcrAsync.Tests.Fixtures;

/// <summary>Draws an <see cref="OddLayoutInvoice"/> as an A4 PNG: values under their labels, distractors at the top.</summary>
public static class OddLayoutInvoiceRenderer
{
    private static readonly Lazy<SKTypeface> Typeface = new(() =>
        SKTypeface.FromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") ?? throw new InvalidOperationException("DejaVu Sans is missing; install fonts-dejavu-core."));

    public static byte[] RenderPng(OddLayoutInvoice invoice, int dpi = 200)
    {
        var (width, height) = ((int)(8.27 * dpi), (int)(11.69 * dpi));
        float Pt(float points) => points * dpi / 72f;
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var title = new SKFont(Typeface.Value, Pt(18));
        using var body = new SKFont(Typeface.Value, Pt(11));
        var (left, right, line) = (Pt(60), width - Pt(60), Pt(20));
        var middle = left + Pt(250);
        var y = Pt(80);

        canvas.DrawText(invoice.Vendor.ToUpperInvariant(), left, y, SKTextAlign.Left, title, paint);
        y += line;
        canvas.DrawText("14 Inkwell Lane, Bristol BS1 4QA", left, y, SKTextAlign.Left, body, paint);
        y += line * 2;
        canvas.DrawText($"Order No: {invoice.OrderNumber}", left, y, SKTextAlign.Left, body, paint);
        canvas.DrawText($"Delivery: {invoice.Delivery.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", right, y, SKTextAlign.Right, body, paint);
        y += line * 2;
        canvas.DrawText("Voucher", left, y, SKTextAlign.Left, body, paint);
        canvas.DrawText("Raised on", middle, y, SKTextAlign.Left, body, paint);
        y += line;
        canvas.DrawText(invoice.Voucher, left, y, SKTextAlign.Left, body, paint);
        canvas.DrawText(invoice.Raised.ToString("dd MMM yyyy", CultureInfo.InvariantCulture), middle, y, SKTextAlign.Left, body, paint);
        y += line * 2;

        var (qtyX, eachX) = (left + Pt(300), left + Pt(390));
        canvas.DrawText("Item", left, y, SKTextAlign.Left, body, paint);
        canvas.DrawText("Qty", qtyX, y, SKTextAlign.Right, body, paint);
        canvas.DrawText("Each", eachX, y, SKTextAlign.Right, body, paint);
        canvas.DrawText("Line", right, y, SKTextAlign.Right, body, paint);
        y += Pt(6);
        canvas.DrawLine(left, y, right, y, paint);
        y += line;
        foreach (var item in invoice.Items)
        {
            canvas.DrawText(item.Description, left, y, SKTextAlign.Left, body, paint);
            canvas.DrawText(item.Quantity.ToString(CultureInfo.InvariantCulture), qtyX, y, SKTextAlign.Right, body, paint);
            canvas.DrawText(OddLayoutInvoice.Money(item.UnitPrice), eachX, y, SKTextAlign.Right, body, paint);
            canvas.DrawText(OddLayoutInvoice.Money(item.Amount), right, y, SKTextAlign.Right, body, paint);
            y += line;
        }

        y += line;
        canvas.DrawText($"Total before discount: {OddLayoutInvoice.Money(invoice.Gross)}", right, y, SKTextAlign.Right, body, paint);
        y += line;
        canvas.DrawText($"Discount: {OddLayoutInvoice.Money(invoice.Discount)}", right, y, SKTextAlign.Right, body, paint);
        y += line;
        canvas.DrawText($"Please remit GBP {OddLayoutInvoice.Money(invoice.Payable)}", right, y, SKTextAlign.Right, body, paint);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}

namespace OcrAsync.Tests.Fixtures;

/// <summary>Draws an invoice as a clean A4 PNG (black DejaVu Sans on white), the easy case for OCR.</summary>
public static class InvoiceImageRenderer
{
    private const string FontFamily = "DejaVu Sans";
    private const string FontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private static readonly Lazy<SKTypeface> Typeface = new(LoadTypeface);

    /// <summary>Renders the page at <paramref name="dpi"/> (A4 = 8.27 x 11.69 in). The PNG carries no resolution.</summary>
    public static byte[] RenderPng(InvoiceSpec spec, int dpi = 300)
    {
        var width = (int)(8.27 * dpi);
        var height = (int)(11.69 * dpi);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        surface.Canvas.Clear(SKColors.White);
        Draw(surface.Canvas, spec, width, dpi);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Draws the invoice text on any canvas (a PNG surface, or a PDF page with <paramref name="dpi"/> 72).</summary>
    public static void Draw(SKCanvas canvas, InvoiceSpec spec, float width, float dpi)
    {
        float Pt(float points) => points * dpi / 72f;

        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var title = new SKFont(Typeface.Value, Pt(20));
        using var body = new SKFont(Typeface.Value, Pt(11));

        var labels = spec.Vietnamese ? Labels.Vietnamese : Labels.English;
        var left = Pt(60);
        var right = width - Pt(60);
        var y = Pt(80);
        var line = Pt(20);

        canvas.DrawText(spec.VendorName, left, y, SKTextAlign.Left, title, paint);
        canvas.DrawText(labels.Title, right, y, SKTextAlign.Right, title, paint);
        y += line * 2;
        canvas.DrawText($"{labels.Number}: {spec.InvoiceNumber}", left, y, SKTextAlign.Left, body, paint);
        y += line;
        canvas.DrawText($"{labels.Date}: {spec.Date}", left, y, SKTextAlign.Left, body, paint);
        y += line * 2;

        var qtyX = left + Pt(300);
        var priceX = left + Pt(390);

        // The column header and every item row: one place says where each column stands and how it is aligned.
        void Row(string description, string quantity, string unitPrice, string amount)
        {
            canvas.DrawText(description, left, y, SKTextAlign.Left, body, paint);
            canvas.DrawText(quantity, qtyX, y, SKTextAlign.Right, body, paint);
            canvas.DrawText(unitPrice, priceX, y, SKTextAlign.Right, body, paint);
            canvas.DrawText(amount, right, y, SKTextAlign.Right, body, paint);
        }

        Row(labels.Description, labels.Quantity, labels.UnitPrice, labels.Amount);
        y += Pt(6);
        canvas.DrawLine(left, y, right, y, paint);
        y += line;

        foreach (var item in spec.Items)
        {
            Row(item.Description, item.Quantity.ToString(CultureInfo.InvariantCulture), Money(item.UnitPrice), Money(item.Amount));
            y += line;
        }

        y += line;
        foreach (var (label, amount) in new[] { (labels.Subtotal, spec.Subtotal), (labels.Tax, spec.Tax), (labels.Total, spec.Total) })
        {
            canvas.DrawText($"{label}: {Money(amount)} {spec.Currency}", right, y, SKTextAlign.Right, body, paint);
            y += line;
        }

    }

    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static SKTypeface LoadTypeface()
    {
        // FromFamilyName falls back to some default font instead of null, so check what we got.
        var byName = SKTypeface.FromFamilyName(FontFamily);
        if (byName?.FamilyName == FontFamily)
        {
            return byName;
        }

        return SKTypeface.FromFile(FontFile)
            ?? throw new InvalidOperationException($"Font '{FontFamily}' not found by family or at {FontFile}; install fonts-dejavu-core.");
    }

    private sealed record Labels(string Title, string Number, string Date, string Description, string Quantity, string UnitPrice, string Amount, string Subtotal, string Tax, string Total)
    {
        public static readonly Labels English = new("INVOICE", "Invoice No", "Date", "Description", "Qty", "Unit price", "Amount", "Subtotal", "Tax", "Total");

        public static readonly Labels Vietnamese = new("Hóa đơn", "Số hóa đơn", "Ngày", "Mô tả", "SL", "Đơn giá", "Thành tiền", "Cộng tiền hàng", "Thuế GTGT", "Tổng cộng");
    }
}

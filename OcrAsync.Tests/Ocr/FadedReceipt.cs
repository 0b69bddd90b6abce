namespace OcrAsync.Tests.Ocr;

/// <summary>
/// A narrow till receipt, drawn in code, whose bold header line crosses a faded vertical band of thermal print (a weak
/// print head: the ink there is pale grey on grey paper).
/// </summary>
internal static class FadedReceipt
{
    private const int Width = 600;
    private const int Paper = 244;

    public static byte[] Png(string vendor, double fadedFrom, double fadedTo, double fade)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Width, 900, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(Paper, Paper, Paper));
            using var bold = SKTypeface.FromFamilyName("DejaVu Sans Mono", SKFontStyle.Bold);
            using var regular = SKTypeface.FromFamilyName("DejaVu Sans Mono");
            var y = 70f;
            Line(canvas, vendor, bold, 30, ref y, center: true);
            Line(canvas, "12 Quayside Road, Port Wenlow 40213", regular, 18, ref y, center: true);
            Line(canvas, "Tel: 06-552 1840", regular, 18, ref y, center: true);
            y += 20;
            Line(canvas, "CASH RECEIPT", bold, 22, ref y, center: true);
            Line(canvas, "Receipt No: CR-20418", regular, 18, ref y);
            Line(canvas, "Date: 14/03/2024", regular, 18, ref y);
            Line(canvas, "Hinge set x2          18.40", regular, 18, ref y);
            Line(canvas, "Wood screws 4x40       6.90", regular, 18, ref y);
            Line(canvas, "TOTAL                 25.30", bold, 20, ref y);
        }

        var pixels = bitmap.GetPixelSpan();
        for (var row = 0; row < bitmap.Height; row++)
        {
            for (var x = (int)(Width * fadedFrom); x < (int)(Width * fadedTo); x++)
            {
                var i = (row * Width) + x;
                pixels[i] = (byte)(Paper - ((Paper - pixels[i]) * fade));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Line(SKCanvas canvas, string text, SKTypeface typeface, float size, ref float y, bool center = false)
    {
        using var font = new SKFont(typeface, size);
        using var paint = new SKPaint { Color = new SKColor(30, 30, 30), IsAntialias = true };
        canvas.DrawText(text, center ? Width / 2f : 30, y, center ? SKTextAlign.Center : SKTextAlign.Left, font, paint);
        y += size * 1.6f;
    }
}

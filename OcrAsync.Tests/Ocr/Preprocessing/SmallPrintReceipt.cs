namespace OcrAsync.Tests.Ocr.Preprocessing;

/// <summary>
/// A photographed till receipt whose shop name, items and total are printed large and whose number and date are in small
/// type (as many tills print them): its median glyph is tall, so a page read at its own size for that reason reads the
/// small lines at too few pixels.
/// </summary>
internal static class SmallPrintReceipt
{
    public static byte[] Photo(float largePixels, float smallPixels)
    {
        (string Text, float Size)[] lines =
        [
            ("HARBOUR DELI LTD", largePixels), ("Receipt No: 40117", smallPixels), ("Date: 12/03/2024", smallPixels),
            ("Milk      2.50", largePixels), ("Bread     3.10", largePixels), ("Cheese    4.25", largePixels), ("TOTAL     9.85", largePixels),
        ];
        using var font = new SKFont(SKTypeface.FromFamilyName("DejaVu Sans Mono"), largePixels);
        var width = (int)(largePixels * 12);
        var height = (int)lines.Sum(l => l.Size * 2) + (int)(largePixels * 3);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = new SKColor(40, 40, 40), IsAntialias = true })
        {
            canvas.Clear(new SKColor(236, 236, 236)); // grey paper: a photo, not a render
            var y = largePixels * 1.5f;
            foreach (var (text, size) in lines)
            {
                font.Size = size;
                y += size * 2;
                canvas.DrawText(text, largePixels, y, SKTextAlign.Left, font, paint);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

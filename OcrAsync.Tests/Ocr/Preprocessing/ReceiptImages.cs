namespace OcrAsync.Tests.Ocr.Preprocessing;

/// <summary>Small receipt-like pages drawn in code: a clean render, or a "photo" with grey paper, pale ink, grain and JPEG.</summary>
internal static class ReceiptImages
{
    private static readonly string[] Lines = ["CORNER STORE LTD", "Receipt No: 40117", "Date: 12/03/2024", "Milk 2 x 1.25   2.50", "Bread          3.10", "TOTAL         5.60"];

    /// <summary>Black text of <paramref name="textPixels"/> px on white, PNG.</summary>
    public static byte[] Clean(float textPixels) => Draw(textPixels, paper: 255, ink: 0, grain: 0, jpegQuality: null);

    /// <summary>Pale ink on grey paper with grain, saved as a JPEG: what a phone photo of a thermal receipt looks like.</summary>
    public static byte[] Photo(float textPixels) => Draw(textPixels, paper: 225, ink: 120, grain: 14, jpegQuality: 60);

    /// <summary>Black on white, then a low-quality JPEG (the generator's "jpeg" degradation).</summary>
    public static byte[] Jpeg(float textPixels, int quality) => Draw(textPixels, paper: 255, ink: 0, grain: 0, jpegQuality: quality);

    private static byte[] Draw(float textPixels, byte paper, byte ink, int grain, int? jpegQuality)
    {
        using var font = new SKFont(SKTypeface.FromFamilyName("DejaVu Sans Mono"), textPixels);
        var width = (int)(textPixels * 14);
        var height = (int)(textPixels * 2 * (Lines.Length + 2));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = new SKColor(ink, ink, ink), IsAntialias = true })
        {
            canvas.Clear(new SKColor(paper, paper, paper));
            for (var i = 0; i < Lines.Length; i++)
            {
                canvas.DrawText(Lines[i], textPixels, textPixels * 2 * (i + 1.5f), SKTextAlign.Left, font, paint);
            }
        }

        if (grain > 0)
        {
            var random = new Random(7);
            var pixels = bitmap.GetPixelSpan();
            var noisy = pixels.ToArray();
            for (var i = 0; i < noisy.Length; i++)
            {
                noisy[i] = (byte)Math.Clamp(noisy[i] + (int)((random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 2 * grain), 0, 255);
            }

            System.Runtime.InteropServices.Marshal.Copy(noisy, 0, bitmap.GetPixels(), noisy.Length);
        }

        using var data = jpegQuality is { } quality ? bitmap.Encode(SKEncodedImageFormat.Jpeg, quality) : bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

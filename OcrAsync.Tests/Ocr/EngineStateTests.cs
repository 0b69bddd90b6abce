namespace OcrAsync.Tests.Ocr;

/// <summary>
/// An engine is reused page after page: a read must not depend on what it read before. A page that read next to nothing
/// switches the engine to adaptive thresholding for its own repair pass; a later line read of another page read with
/// that setting, so the same invoice gave other fields after such a page (and with cached first reads, which skip it).
/// </summary>
public sealed class EngineStateTests
{
    [Fact]
    public void A_line_read_gives_the_same_text_whatever_page_the_engine_read_before()
    {
        using var fresh = new TesseractEngine(null, "eng");
        using var used = new TesseractEngine(null, "eng");
        var line = ShadedLine();
        LineRead[] reads = [new(new BoundingBox(20, 20, 1160, 80))];

        var alone = fresh.ReadLines(line, 1, reads, CancellationToken.None).Text;
        used.Recognize(Blank(), 1, CancellationToken.None);
        var after = used.ReadLines(line, 1, reads, CancellationToken.None).Text;

        Assert.Contains("Invoice Total", alone, StringComparison.Ordinal);
        Assert.Equal(alone, after);
    }

    /// <summary>A line of text on paper shaded from white to dark grey: global and adaptive thresholds read it differently.</summary>
    private static byte[] ShadedLine()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(1200, 120, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            using var shade = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(1200, 0), [SKColors.White, new SKColor(45, 45, 45)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, 1200, 120, shade);
            using var typeface = SKTypeface.FromFamilyName("DejaVu Sans");
            using var font = new SKFont(typeface, 34);
            using var ink = new SKPaint { Color = new SKColor(0, 0, 0), IsAntialias = true };
            canvas.DrawText("Invoice Total 1,284.50 Harbour Supplies", 30, 75, SKTextAlign.Left, font, ink);
        }

        return Png(bitmap);
    }

    /// <summary>Paper with nothing on it: the first pass reads no word, so the engine tries adaptive thresholding.</summary>
    private static byte[] Blank()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(800, 600, SKColorType.Gray8, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.White);
        return Png(bitmap);
    }

    private static byte[] Png(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}

using OcrAsync.Core.Ocr;
using OcrAsync.Core.Ocr.Tesseract;
using SkiaSharp;

namespace OcrAsync.Tests.Ocr.Preprocessing;

public sealed class PageStraighteningTests
{
    private static readonly string[] Lines =
    [
        "CORNER STORE LTD", "Receipt No: 40117", "Date: 12/03/2024", "Milk 2 x 1.25      2.50", "Bread              3.10",
        "Butter             4.20", "Coffee beans       9.90", "Sugar 1 kg         1.80", "Subtotal          21.50", "TOTAL             21.50",
    ];

    private static readonly OcrPreprocessingOptions Options = new() { UpscaleBelowWidth = 0, MedianPassBelowConfidence = 0 };

    [Theory]
    [InlineData(2.5f)]
    [InlineData(-1.5f)]
    public void A_tilted_photo_is_found_tilted_and_straightened(float degrees)
    {
        using var page = TesseractEngine.Decode(Page(degrees, paper: 240));

        var found = PageStraightening.FindSkew(page, Options);
        Assert.NotNull(found);
        Assert.InRange(Math.Abs(found.Value), Math.Abs(degrees) - 0.3, Math.Abs(degrees) + 0.3);

        using var straight = PageStraightening.Straighten(page, Options);
        Assert.NotNull(straight);
        Assert.Equal(Leptonica.PixGetWidth(page), Leptonica.PixGetWidth(straight)); // same frame: boxes of every read agree
        Assert.Equal(Leptonica.PixGetHeight(page), Leptonica.PixGetHeight(straight));
        Assert.InRange(PageStraightening.FindSkew(straight, Options) ?? 0, -0.3, 0.3);
    }

    [Fact]
    public void The_straightened_photo_is_read_in_level_lines()
    {
        using var engine = new TesseractEngine(null, "eng", Options);

        var read = engine.Recognize(Page(3f, paper: 240), 1, CancellationToken.None);

        Assert.Contains("40117", read.Text, StringComparison.Ordinal);
        Assert.Contains("TOTAL", read.Text, StringComparison.Ordinal);
        Assert.All(read.Lines, l => Assert.InRange(l.Box.Height, 1, 24)); // tilted 3 degrees, a 200 px line spans 30 px or more
    }

    [Fact]
    public void A_straight_photo_a_clean_render_and_the_option_off_are_left_alone()
    {
        using var straight = TesseractEngine.Decode(Page(0.2f, paper: 240));
        using var render = TesseractEngine.Decode(Page(2.5f, paper: 255));
        using var tilted = TesseractEngine.Decode(Page(2.5f, paper: 240));

        Assert.Null(PageStraightening.Straighten(straight, Options));
        Assert.Null(PageStraightening.FindSkew(render, Options)); // a render is not a photo
        Assert.Null(PageStraightening.Straighten(tilted, Options with { StraightenFromDegrees = 0 }));
    }

    /// <summary>A narrow receipt page, its text drawn rotated by <paramref name="degrees"/> about the centre, PNG.</summary>
    private static byte[] Page(float degrees, byte paper)
    {
        const float text = 22;
        using var font = new SKFont(SKTypeface.FromFamilyName("DejaVu Sans Mono"), text);
        var width = (int)(text * 22);
        var height = (int)(text * 2 * (Lines.Length + 2));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.Clear(new SKColor(paper, paper, paper));
            canvas.RotateDegrees(degrees, width / 2f, height / 2f);
            for (var i = 0; i < Lines.Length; i++)
            {
                canvas.DrawText(Lines[i], text / 2, text * 2 * (i + 1.5f), SKTextAlign.Left, font, paint);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

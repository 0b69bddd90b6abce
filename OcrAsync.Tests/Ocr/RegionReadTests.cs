namespace OcrAsync.Tests.Ocr;

/// <summary>
/// A region read as a block (<see cref="LineRead.Block"/>) with the real engine: a label with its value stacked under it,
/// in small type on a wide page, read closer; the words come back in page pixels, parted into their rows again.
/// </summary>
public sealed class RegionReadTests
{
    private const int Width = 1700;

    [Fact]
    public async Task A_label_and_the_value_under_it_are_read_as_two_rows_with_boxes_in_page_pixels()
    {
        using var pool = new OcrEnginePool(Options.Create(new OcrEngineOptions { EngineCount = 1, Languages = "eng" }), NullLogger<OcrEnginePool>.Instance);
        var png = Page();
        var first = await pool.RecognizeAsync(png, 1, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));
        var label = first.Lines.Single(l => l.Text.Contains("Invoice Date", StringComparison.Ordinal));
        var region = new BoundingBox(label.Box.X - 10, label.Box.Y - 10, Width - label.Box.X + 10, label.Box.Height * 4);

        var read = await pool.ReadLinesAsync(png, 1, [new LineRead(region) { Block = true, LineHeight = label.Box.Height }], null, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(120));

        var rows = KeyFieldRegions.Rows(Assert.IsType<OcrLine>(read[0]));
        Assert.Equal(["Invoice Date", "12/03/2024"], rows.Select(r => r.Text));
        Assert.InRange(Math.Abs(rows[0].Box.X - label.Box.X), 0, 3);
        Assert.InRange(Math.Abs(rows[0].Box.Y - label.Box.Y), 0, 3);
        Assert.InRange(Math.Abs(rows[0].Box.Height - label.Box.Height), 0, 3);
        Assert.InRange(rows[1].Box.Y - label.Box.Bottom, 5, 2 * label.Box.Height); // the value's row, under the label
    }

    /// <summary>A wide page with a heading, the stacked label and value in small type, and a line of other text to their right.</summary>
    private static byte[] Page()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Width, 700, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var typeface = SKTypeface.FromFamilyName("DejaVu Sans");
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var large = new SKFont(typeface, 40);
            using var small = new SKFont(typeface, 22);
            canvas.DrawText("HARBOUR TRADING LTD", 150, 120, SKTextAlign.Left, large, paint);
            canvas.DrawText("Invoice Date", 150, 300, SKTextAlign.Left, small, paint);
            canvas.DrawText("12/03/2024", 150, 340, SKTextAlign.Left, small, paint);
            canvas.DrawText("Thank you for your business.", 150, 560, SKTextAlign.Left, small, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}

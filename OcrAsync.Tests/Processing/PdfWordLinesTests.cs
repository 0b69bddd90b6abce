namespace OcrAsync.Tests.Processing;

public sealed class PdfWordLinesTests
{
    private const string FontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    [Fact]
    public void Text_layer_lines_carry_their_words_with_boxes_in_300_dpi_pixels()
    {
        using var typeface = SKTypeface.FromFile(FontFile);
        using var font = new SKFont(typeface, 11);
        using var paint = new SKPaint { Color = SKColors.Black };
        var pdf = PdfBuilder.Create(canvas =>
        {
            canvas.DrawText("Northwind Traders Ltd, 12 Harbour Road, Springfield", 60, 100, SKTextAlign.Left, font, paint);
            canvas.DrawText("Invoice No:", 60, 140, SKTextAlign.Left, font, paint);
            canvas.DrawText("HD-60095", 450, 140, SKTextAlign.Left, font, paint);
        });

        var page = Assert.Single(PdfTextLayer.Read(pdf, new DocumentLimitsOptions(), CancellationToken.None))!.Page;

        var boxed = Assert.Single(page.Lines, l => l.Text.Contains("HD-60095", StringComparison.Ordinal));
        Assert.Equal(["Invoice", "No:", "HD-60095"], boxed.Words.Select(w => w.Text));
        Assert.InRange(boxed.Words[2].Box.X, 1870, 1880); // 450 pt at 300 dpi.
        Assert.All(boxed.Words, w => Assert.InRange(w.Box.Y, boxed.Box.Y, boxed.Box.Y + 5));
    }

    [Fact]
    public void Touching_words_of_a_text_layer_are_one_word()
    {
        // Some invoicing tools write a capital on its own and the text layer splits it off: "F" + "actuurnummer:".
        PdfWordLines.Piece[] words =
        [
            new("993548900", 111, 700, 152, 692),
            new("F", 45, 700, 49.1, 692),
            new("actuurnummer:", 49.1, 700, 108.5, 692),
        ];

        var line = PdfWordLines.ToLine(words, 842);

        Assert.Equal("Factuurnummer: 993548900", line.Text);
        Assert.Equal(["Factuurnummer:", "993548900"], line.Words.Select(w => w.Text));
        Assert.Equal(new BoundingBox(188, 592, 264, 33), line.Words[0].Box);
    }
}

namespace OcrAsync.Tests.Processing;

/// <summary>Builds A4 PDFs in memory: text pages have a real text layer, image pages (a drawn PNG) have none.</summary>
internal static class PdfBuilder
{
    private const float A4Width = 595f;
    private const float A4Height = 842f;
    private const string FontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static byte[] Create(params Action<SKCanvas>[] pages) => CreateSized(A4Width, A4Height, pages);

    /// <summary>Pages of the given size in points (1/72 inch).</summary>
    public static byte[] CreateSized(float width, float height, params Action<SKCanvas>[] pages) =>
        CreateMixed(pages.Select(draw => (width, height, draw)).ToArray());

    /// <summary>Blank pages, each of its own size in points.</summary>
    public static byte[] CreateBlank(params (float Width, float Height)[] sizes) =>
        CreateMixed(sizes.Select(size => (size.Width, size.Height, (Action<SKCanvas>)(_ => { }))).ToArray());

    private static byte[] CreateMixed((float Width, float Height, Action<SKCanvas> Draw)[] pages)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            foreach (var (width, height, draw) in pages)
            {
                var canvas = document.BeginPage(width, height);
                draw(canvas);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>Invoice text drawn with DrawText: the PDF carries the characters.</summary>
    public static Action<SKCanvas> TextPage(InvoiceSpec spec) => canvas => InvoiceImageRenderer.Draw(canvas, spec, A4Width, 72f);

    /// <summary>
    /// A line of text as a 300 dpi picture (black on white, like a letterhead logo) drawn into <paramref name="area"/>
    /// (points, origin top-left): the page shows the text, its text layer does not carry it.
    /// </summary>
    public static Action<SKCanvas> TextImage(string text, SKRect area) => canvas =>
    {
        const float Scale = 300f / 72f;
        using var surface = SKSurface.Create(new SKImageInfo((int)(area.Width * Scale), (int)(area.Height * Scale), SKColorType.Gray8, SKAlphaType.Opaque));
        surface.Canvas.Clear(SKColors.White);
        using var typeface = SKTypeface.FromFile(FontFile);
        using var font = new SKFont(typeface, area.Height * Scale * 0.6f);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        surface.Canvas.DrawText(text, area.Height * Scale * 0.2f, area.Height * Scale * 0.75f, SKTextAlign.Left, font, paint);
        using var image = surface.Snapshot();
        canvas.DrawImage(image, area, new SKSamplingOptions(SKFilterMode.Linear));
    };

    /// <summary>The invoice as a 300 dpi raster drawn over the whole page, like a scanner's PDF: no text layer.</summary>
    public static Action<SKCanvas> ScannedPage(InvoiceSpec spec) => canvas =>
    {
        using var image = SKImage.FromEncodedData(InvoiceImageRenderer.RenderPng(spec));
        canvas.DrawImage(image, new SKRect(0, 0, A4Width, A4Height), new SKSamplingOptions(SKFilterMode.Linear));
    };
}

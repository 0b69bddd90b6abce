namespace OcrAsync.Core.Ocr;

/// <summary>A small generated PGM with a few glyph-like bars, so warm-up runs layout analysis and the LSTM once.</summary>
internal static class WarmUpImage
{
    public static byte[] Create()
    {
        const int width = 400;
        const int height = 120;
        var header = Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n");
        var image = new byte[header.Length + (width * height)];
        header.CopyTo(image, 0);
        var pixels = image.AsSpan(header.Length);
        pixels.Fill(255);

        // Vertical strokes with a crossbar every third one: reads as "I I H"-like text.
        for (var stroke = 0; stroke < 9; stroke++)
        {
            var x0 = 40 + (stroke * 36);
            FillRect(pixels, width, x0, 35, 6, 50);
            if (stroke % 3 == 2)
            {
                FillRect(pixels, width, x0 - 18, 57, 24, 6);
            }
        }

        return image;
    }

    private static void FillRect(Span<byte> pixels, int width, int x, int y, int w, int h)
    {
        for (var row = y; row < y + h; row++)
        {
            pixels.Slice((row * width) + x, w).Clear();
        }
    }
}

using SkiaSharp;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// Scan and print defects applied to a rendered page: Gaussian blur, grain, JPEG compression, ±3° rotation, mild
/// perspective, 150 dpi (set before rendering), a mix of them, and the thermal look (pale, faded streaks) of receipts.
/// </summary>
internal static class Degradations
{
    public const string LowResolution = "150dpi";

    public static readonly string[] All = ["clean", "blur", "noise", "jpeg", "rotated", "perspective", LowResolution, "mixed"];

    /// <summary>The encoded file and its extension; draws each defect's strength from <paramref name="random"/>.</summary>
    public static (byte[] Bytes, string Extension) Apply(SKBitmap page, string degradation, Random random, int dpi)
    {
        var pixels = dpi / 200f;
        switch (degradation)
        {
            case "blur":
                using (var blurred = Blur(page, (0.7f + (float)random.NextDouble() * 0.8f) * pixels))
                {
                    return Png(blurred);
                }

            case "noise":
                Grain(page, random, 12 + random.NextDouble() * 20);
                return Png(page);
            case "jpeg":
                return Jpeg(page, 18 + random.Next(25));
            case "rotated":
                using (var rotated = Warp(page, Sign(random) * (0.5f + (float)random.NextDouble() * 2.5f), 0))
                {
                    return Png(rotated);
                }

            case "perspective":
                using (var skewed = Warp(page, Sign(random) * (float)random.NextDouble() * 0.6f, Sign(random) * (0.02f + (float)random.NextDouble() * 0.04f)))
                {
                    return Png(skewed);
                }

            case "mixed":
                using (var warped = Warp(page, Sign(random) * (float)random.NextDouble() * 1.5f, 0))
                using (var soft = Blur(warped, (0.5f + (float)random.NextDouble() * 0.5f) * pixels))
                {
                    Grain(soft, random, 6 + random.NextDouble() * 10);
                    return Jpeg(soft, 35 + random.Next(30));
                }

            default:
                return Png(page);
        }
    }

    /// <summary>Thermal paper: one or two faded vertical bands where the print head was weak, and a few white dropouts.</summary>
    public static void Thermal(SKBitmap page, Random random)
    {
        var span = page.GetPixelSpan();
        int width = page.Width, height = page.Height;
        for (var band = random.Next(1, 3); band > 0; band--)
        {
            var from = random.Next(width);
            var to = Math.Min(width, from + width / (6 + random.Next(10)));
            var fade = 0.35 + random.NextDouble() * 0.35;
            for (var y = 0; y < height; y++)
            {
                for (var x = from; x < to; x++)
                {
                    var i = y * width + x;
                    span[i] = (byte)(255 - (255 - span[i]) * fade);
                }
            }
        }

        for (var dropout = height / 40; dropout > 0; dropout--)
        {
            var y = random.Next(height);
            var x = random.Next(width);
            for (var dx = 0; dx < 1 + random.Next(12) && x + dx < width; dx++)
            {
                span[y * width + x + dx] = 246;
            }
        }
    }

    private static float Sign(Random random) => random.Next(2) == 0 ? -1 : 1;

    private static SKBitmap Blur(SKBitmap page, float sigma)
    {
        var blurred = new SKBitmap(page.Info);
        using var canvas = new SKCanvas(blurred);
        using var filter = SKImageFilter.CreateBlur(sigma, sigma, SKShaderTileMode.Clamp);
        using var paint = new SKPaint { ImageFilter = filter };
        using var image = SKImage.FromBitmap(page);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), paint);
        return blurred;
    }

    /// <summary>Rotation by <paramref name="degrees"/> about the centre and a keystone: the bottom edge <paramref name="keystone"/> narrower (or wider).</summary>
    private static SKBitmap Warp(SKBitmap page, float degrees, float keystone)
    {
        var warped = new SKBitmap(page.Info);
        using var canvas = new SKCanvas(warped);
        canvas.Clear(SKColors.White);
        float cx = page.Width / 2f, cy = page.Height / 2f;
        var perspective = new SKMatrix(1, 0, 0, 0, 1, 0, 0, keystone / page.Height, 1);
        var matrix = SKMatrix.Concat(SKMatrix.CreateRotationDegrees(degrees, cx, cy), SKMatrix.Concat(SKMatrix.CreateTranslation(cx, 0), SKMatrix.Concat(perspective, SKMatrix.CreateTranslation(-cx, 0))));
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(page);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), paint);
        return warped;
    }

    /// <summary>Gaussian grain of standard deviation <paramref name="sigma"/> grey levels, from a table of normal draws.</summary>
    private static void Grain(SKBitmap page, Random random, double sigma)
    {
        var table = new sbyte[4096];
        for (var i = 0; i < table.Length; i++)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            table[i] = (sbyte)Math.Clamp(normal * sigma, -127, 127);
        }

        var pixels = page.GetPixelSpan();
        var state = (uint)random.Next(1, int.MaxValue);
        for (var i = 0; i < pixels.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            pixels[i] = (byte)Math.Clamp(pixels[i] + table[state & 4095], 0, 255);
        }
    }

    private static (byte[], string) Png(SKBitmap bitmap) => (Encode(bitmap, SKEncodedImageFormat.Png, 100), "png");

    private static (byte[], string) Jpeg(SKBitmap bitmap, int quality) => (Encode(bitmap, SKEncodedImageFormat.Jpeg, quality), "jpg");

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality)
            ?? throw new InvalidOperationException($"SkiaSharp could not encode {format}.");
        return data.ToArray();
    }
}

using SkiaSharp;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>The scan defects applied to a clean page: rotation, noise, JPEG compression.</summary>
internal static class PageVariants
{
    public static readonly string[] All = ["clean", "rotated", "noisy", "jpeg"];

    /// <summary>The encoded file and its extension; draws the defect's strength from <paramref name="random"/>.</summary>
    public static (byte[] Bytes, string Extension) Apply(SKBitmap page, string variant, Random random)
    {
        switch (variant)
        {
            case "rotated":
                // ±1–3°, as a sheet fed slightly askew; the corners show white paper, not black.
                var degrees = (1 + (random.NextDouble() * 2)) * (random.Next(2) == 0 ? -1 : 1);
                using (var rotated = Rotate(page, (float)degrees))
                {
                    return (Encode(rotated, SKEncodedImageFormat.Png, 100), "png");
                }

            case "noisy":
                if (random.Next(2) == 0)
                {
                    SaltAndPepper(page, random, 0.003 + (random.NextDouble() * 0.007));
                }
                else
                {
                    Gaussian(page, random, 20 + (random.NextDouble() * 25));
                }

                return (Encode(page, SKEncodedImageFormat.Png, 100), "png");
            case "jpeg":
                return (Encode(page, SKEncodedImageFormat.Jpeg, 25 + random.Next(11)), "jpg");
            default:
                return (Encode(page, SKEncodedImageFormat.Png, 100), "png");
        }
    }

    private static SKBitmap Rotate(SKBitmap page, float degrees)
    {
        var rotated = new SKBitmap(page.Info);
        using var canvas = new SKCanvas(rotated);
        canvas.Clear(SKColors.White);
        canvas.RotateDegrees(degrees, page.Width / 2f, page.Height / 2f);
        using var paint = new SKPaint { IsAntialias = true };
        using var image = SKImage.FromBitmap(page);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), paint);
        return rotated;
    }

    /// <summary>Black and white specks on <paramref name="fraction"/> of the pixels.</summary>
    private static void SaltAndPepper(SKBitmap page, Random random, double fraction)
    {
        var pixels = page.GetPixelSpan();
        var count = (int)(pixels.Length * fraction);
        for (var i = 0; i < count; i++)
        {
            pixels[random.Next(pixels.Length)] = random.Next(2) == 0 ? (byte)0 : (byte)255;
        }
    }

    /// <summary>Gaussian grain of standard deviation <paramref name="sigma"/> grey levels (Box–Muller).</summary>
    private static void Gaussian(SKBitmap page, Random random, double sigma)
    {
        var pixels = page.GetPixelSpan();
        for (var i = 0; i < pixels.Length; i++)
        {
            var noise = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()) * sigma;
            pixels[i] = (byte)Math.Clamp(pixels[i] + noise, 0, 255);
        }
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality)
            ?? throw new InvalidOperationException($"SkiaSharp could not encode {format}.");
        return data.ToArray();
    }
}

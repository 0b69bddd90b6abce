namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// Scan and print defects: Gaussian blur, grain, JPEG compression, ±3° rotation, mild perspective, 150 dpi (set
/// before rendering), a mix of them, and the thermal look (pale ink, faded streaks, dropouts) of receipts. Geometry and
/// blur are drawn through the canvas (<see cref="PageRenderer"/>): warping or blurring a finished 300 dpi bitmap costs
/// about a second of CPU, drawing it so costs nothing.
/// </summary>
internal static class Degradations
{
    public const string LowResolution = "150dpi";

    public static readonly string[] All = ["clean", "blur", "noise", "jpeg", "rotated", "perspective", LowResolution, "mixed"];

    /// <summary>The defects of <paramref name="degradation"/>, their strength drawn from <paramref name="random"/>.</summary>
    public static ScanDefects Draw(string degradation, Random random, int dpi)
    {
        var pixels = dpi / 200f;
        float Between(double low, double high) => (float)(low + random.NextDouble() * (high - low));
        float Sign() => random.Next(2) == 0 ? -1 : 1;
        return degradation switch
        {
            "blur" => ScanDefects.None with { BlurPixels = Between(0.8, 1.6) * pixels },
            "noise" => ScanDefects.None with { Grain = Between(12, 32) },
            "jpeg" => ScanDefects.None with { JpegQuality = 18 + random.Next(25) },
            "rotated" => ScanDefects.None with { Degrees = Sign() * Between(0.5, 3) },
            "perspective" => ScanDefects.None with { Degrees = Sign() * Between(0, 0.6), Keystone = Sign() * Between(0.02, 0.06) },
            "mixed" => new ScanDefects(Sign() * Between(0, 1.5), 0, Between(0.5, 1) * pixels, Between(6, 16), 35 + random.Next(30)),
            _ => ScanDefects.None,
        };
    }

    /// <summary>The page transform in pixels: keystone about the top centre, then rotation about the centre.</summary>
    public static SKMatrix Matrix(ScanDefects defects, float width, float height)
    {
        var keystone = new SKMatrix(1, 0, 0, 0, 1, 0, 0, defects.Keystone / height, 1);
        var centred = SKMatrix.Concat(SKMatrix.CreateTranslation(width / 2, 0), SKMatrix.Concat(keystone, SKMatrix.CreateTranslation(-width / 2, 0)));
        return SKMatrix.Concat(SKMatrix.CreateRotationDegrees(defects.Degrees, width / 2, height / 2), centred);
    }

    /// <summary>Grain, then the encoded file and its extension.</summary>
    public static (byte[] Bytes, string Extension) Finish(SKBitmap page, ScanDefects defects, Random random)
    {
        if (defects.Grain > 0)
        {
            Grain(page, random, defects.Grain);
        }

        return defects.JpegQuality > 0 ? (Jpeg(page, defects.JpegQuality), "jpg") : (Png(page, defects.Grain > 0 ? 1 : 3), "png");
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

    /// <summary>PNG with the Sub filter at a low zlib level: a fraction of the default's time, for slightly larger files.</summary>
    private static byte[] Png(SKBitmap bitmap, int zlibLevel)
    {
        using var pixels = bitmap.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, zlibLevel))
            ?? throw new InvalidOperationException("SkiaSharp could not encode PNG.");
        return data.ToArray();
    }

    private static byte[] Jpeg(SKBitmap bitmap, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality)
            ?? throw new InvalidOperationException("SkiaSharp could not encode JPEG.");
        return data.ToArray();
    }
}

namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// How a till's printer damages its own glyphs, beyond <see cref="Degradations.Thermal"/>'s faded bands: one of the print
/// faults scanned receipts show, drawn per receipt. "dots": a dot-matrix head, every stroke a row of separate dots;
/// "broken": a starved head, strokes with gaps and a dead element leaving a white line down the roll; "smudge": ink
/// smeared sideways over a few lines; "pale": the whole print faded to low contrast. Drawn from its own random, so the
/// rest of a page (and every invoice) is drawn as before.
/// </summary>
internal static class ThermalPrint
{
    public static readonly string[] Faults = ["dots", "broken", "smudge", "pale"];

    /// <summary>Damages <paramref name="page"/> (Gray8) with the fault <paramref name="random"/> draws; returns its name.</summary>
    public static string Damage(SKBitmap page, Random random, int dpi)
    {
        var fault = Faults[random.Next(Faults.Length)];
        Apply(page, fault, random, dpi);
        return fault;
    }

    /// <summary>Damages <paramref name="page"/> (Gray8) with <paramref name="fault"/>, one of <see cref="Faults"/>.</summary>
    public static void Apply(SKBitmap page, string fault, Random random, int dpi)
    {
        var span = page.GetPixelSpan();
        switch (fault)
        {
            case "dots":
                Dots(span, page.Width, dpi, 0.45 + random.NextDouble() * 0.1);
                break;
            case "broken":
                Broken(span, page.Width, page.Height, dpi, random);
                break;
            case "smudge":
                for (var smear = random.Next(1, 3); smear > 0; smear--)
                {
                    Smudge(span, page.Width, page.Height, dpi, random);
                }

                break;
            default:
                Fade(span, 0.45 + random.NextDouble() * 0.2);
                break;
        }
    }

    /// <summary>Ink kept only within <paramref name="radius"/> (a fraction of the pitch) of a dot grid about 75 dots per inch.</summary>
    private static void Dots(Span<byte> span, int width, int dpi, double radius)
    {
        var pitch = Math.Max(3, (int)Math.Round(dpi / 75.0));
        var limit = radius * radius * pitch * pitch;
        var centre = (pitch - 1) / 2.0;
        for (var i = 0; i < span.Length; i++)
        {
            double dx = (i % width % pitch) - centre, dy = (i / width % pitch) - centre;
            if (dx * dx + dy * dy > limit)
            {
                span[i] = Lighten(span[i], 0.45);
            }
        }
    }

    /// <summary>Cells of about a third of a stroke left unprinted at random, and one or two dead elements down the roll.</summary>
    private static void Broken(Span<byte> span, int width, int height, int dpi, Random random)
    {
        var cell = Math.Max(2, dpi / 120);
        var share = 0.05 + random.NextDouble() * 0.1;
        int columns = (width + cell - 1) / cell, rows = (height + cell - 1) / cell;
        var gaps = new bool[columns * rows];
        for (var c = 0; c < gaps.Length; c++)
        {
            gaps[c] = random.NextDouble() < share;
        }

        for (var i = 0; i < span.Length; i++)
        {
            if (gaps[(i / width / cell * columns) + (i % width / cell)])
            {
                span[i] = Lighten(span[i], 0.35);
            }
        }

        var line = Math.Max(1, dpi / 150);
        for (var dead = random.Next(1, 3); dead > 0; dead--)
        {
            var x0 = random.Next(width - line);
            for (var y = 0; y < height; y++)
            {
                span.Slice((y * width) + x0, line).Fill(246);
            }
        }
    }

    /// <summary>A band a few lines high where the ink is smeared sideways (a running mean) and greyed.</summary>
    private static void Smudge(Span<byte> span, int width, int height, int dpi, Random random)
    {
        var band = dpi / 4 + random.Next(dpi / 4);
        var top = random.Next(Math.Max(1, height - band));
        var reach = Math.Max(2, dpi / 60);
        var row = new int[width + 1];
        for (var y = top; y < Math.Min(height, top + band); y++)
        {
            var line = span.Slice(y * width, width);
            for (var x = 0; x < width; x++)
            {
                row[x + 1] = row[x] + line[x];
            }

            for (var x = 0; x < width; x++)
            {
                int from = Math.Max(0, x - reach), to = Math.Min(width, x + reach + 1);
                var mean = (row[to] - row[from]) / (to - from);
                line[x] = (byte)Math.Min(246, (mean * 3 + line[x]) / 4 + 8);
            }
        }
    }

    private static void Fade(Span<byte> span, double keep)
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Lighten(span[i], keep);
        }
    }

    /// <summary>The pixel with only <paramref name="keep"/> of its darkness left.</summary>
    private static byte Lighten(byte value, double keep) => (byte)(255 - ((255 - value) * keep));
}

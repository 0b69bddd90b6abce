namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>
/// The second, closer read of the lines <see cref="FieldLineSelector"/> picks: each line is cropped from the image the
/// page was read from, enlarged to <see cref="OcrPreprocessingOptions.FieldPassLineHeight"/>, read as one line (psm 7),
/// and its words replace the first read's when their mean confidence is higher. Boxes stay in page pixels.
/// </summary>
internal static class FieldPass
{
    private const int SingleLine = 7;
    private const int SingleBlock = 6;
    private const double MinFactor = 0.25;
    private const double MaxFactor = 4;

    // belowConfidence: the confidence limit for this page (it depends on the page's kind).
    public static OcrPageResult Improve(
        TesseractEngine engine, RecognizedPage read, PixHandle pix, double scale, double belowConfidence, CancellationToken cancellationToken)
    {
        var chosen = FieldLineSelector.Select(read.Lines, engine.Preprocessing with { FieldPassBelowConfidence = belowConfidence });
        if (chosen.Count == 0)
        {
            return read.Page;
        }

        var lines = read.Page.Lines.ToList();
        var text = read.Page.Text;
        foreach (var index in chosen)
        {
            var old = read.Lines[index];
            if (Reread(engine, old.Line.Box, pix, scale, read.Page, cancellationToken) is { } better && better.Confidence > Mean(old.WordConfidences))
            {
                lines[index] = better.Line;
                text = ReplaceFirst(text, old.Line.Text, better.Line.Text);
            }
        }

        return read.Page with { Text = text, Lines = lines };
    }

    internal static (OcrLine Line, double Confidence)? Reread(
        TesseractEngine engine, BoundingBox lineBox, PixHandle pix, double scale, OcrPageResult page, CancellationToken cancellationToken,
        int? lineHeight = null, double inkExponent = 1)
    {
        // The line in the read image's pixels, with room for ascenders, descenders and a clipped first or last glyph.
        var height = lineBox.Height * scale;
        var margin = (int)Math.Ceiling(height * 0.35);
        var crop = new BoundingBox(
            Math.Max(0, (int)(lineBox.X * scale) - (2 * margin)),
            Math.Max(0, (int)(lineBox.Y * scale) - margin),
            (int)(lineBox.Width * scale) + (4 * margin),
            (int)height + (2 * margin));
        using var region = PixStatistics.Crop(pix, crop);
        if (region.IsInvalid)
        {
            return null;
        }

        // A given line height scales down as well (a tall bold header); the field pass's only enlarges.
        var factor = lineHeight is { } wanted
            ? Math.Clamp(wanted / Math.Max(1, height), MinFactor, MaxFactor)
            : Math.Clamp(engine.Preprocessing.FieldPassLineHeight / Math.Max(1, height), 1, MaxFactor);
        using var enlarged = Math.Abs(factor - 1) > 0.05 ? Leptonica.PixScale(region, (float)factor, (float)factor) : null;
        var scaled = enlarged is { IsInvalid: false } ? enlarged : region;
        factor = scaled == region ? 1 : factor;
        using var darkened = inkExponent != 1 ? Darken(scaled, inkExponent) : null;
        var target = darkened is { IsInvalid: false } ? darkened : scaled;
        var resolution = (int)Math.Round(Leptonica.PixGetXRes(pix) * factor);
        Leptonica.PixSetResolution(target, resolution, resolution);

        var reread = engine.WithSegmentation(SingleLine, () => engine.RecognizePass(target, page.PageNumber, page.Width, page.Height, 1, cancellationToken));
        var words = reread.Lines.SelectMany(l => l.Line.Words).Select(w => w with { Box = ToPage(w.Box, crop, factor, scale) }).ToList();
        var confidences = reread.Lines.SelectMany(l => l.WordConfidences).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var confidence = Mean(confidences);
        var line = new OcrLine(string.Join(' ', words.Select(w => w.Text)), confidence, lineBox) { Words = words };
        return (line, confidence);
    }

    /// <summary>
    /// A region read as a block of lines (<see cref="LineRead.Block"/>): cropped as it is, scaled so its lines of
    /// <paramref name="lineHeight"/> page pixels come out at the field pass's height, read with psm 6. Grainy paper
    /// (<see cref="SecondReads.IsGrainy"/>) is median-filtered first, as the page's median pass does; otherwise the ink is
    /// darkened by <paramref name="inkExponent"/>. One line holds every word read, each with its box in page pixels; null
    /// when nothing was read.
    /// </summary>
    internal static OcrLine? ReadBlock(
        TesseractEngine engine, BoundingBox region, int lineHeight, PixHandle pix, OcrPageResult page, CancellationToken cancellationToken, double inkExponent = 1)
    {
        using var cropped = PixStatistics.Crop(pix, region);
        if (cropped.IsInvalid)
        {
            return null;
        }

        var factor = Math.Clamp(engine.Preprocessing.FieldPassLineHeight / (double)Math.Max(1, lineHeight), MinFactor, MaxFactor);
        using var resized = Math.Abs(factor - 1) > 0.05 ? Leptonica.PixScale(cropped, (float)factor, (float)factor) : null;
        var scaled = resized is { IsInvalid: false } ? resized : cropped;
        factor = scaled == cropped ? 1 : factor;
        var resolution = (int)Math.Round(Leptonica.PixGetXRes(pix) * factor);
        using var cleaned = Grainy(cropped) ? TesseractEngine.MedianFiltered(scaled, resolution)
            : inkExponent != 1 ? Darken(scaled, inkExponent)
            : null;
        var target = cleaned is { IsInvalid: false } ? cleaned : scaled;
        Leptonica.PixSetResolution(target, resolution, resolution);

        var read = engine.WithSegmentation(SingleBlock, () => engine.RecognizePass(target, page.PageNumber, page.Width, page.Height, 1, cancellationToken));
        var words = read.Lines.SelectMany(l => l.Line.Words).Select(w => w with { Box = ToPage(w.Box, region, factor, 1) }).ToList();
        return words.Count == 0 ? null
            : new OcrLine(string.Join(' ', words.Select(w => w.Text)), Mean(read.Lines.SelectMany(l => l.WordConfidences).ToList()), region) { Words = words };
    }

    private static bool Grainy(PixHandle pix)
    {
        using var grey = Leptonica.Grey(pix);
        return !grey.IsInvalid && SecondReads.IsGrainy(GreyLevels.FromHistogram(PixStatistics.Histogram(grey)));
    }

    /// <summary>Grey levels to the power <paramref name="exponent"/> (Leptonica's gamma is its inverse): pale ink darkens far more than paper.</summary>
    internal static PixHandle? Darken(PixHandle pix, double exponent)
    {
        using var grey = Leptonica.Grey(pix);
        return grey.IsInvalid ? null : Leptonica.PixGammaTRC(IntPtr.Zero, grey, (float)(1 / exponent), 0, 255);
    }

    /// <summary>From the enlarged crop's pixels back to the page's.</summary>
    private static BoundingBox ToPage(BoundingBox box, BoundingBox crop, double factor, double scale) => new(
        (int)((crop.X + (box.X / factor)) / scale),
        (int)((crop.Y + (box.Y / factor)) / scale),
        (int)(box.Width / factor / scale),
        (int)(box.Height / factor / scale));

    private static double Mean(IReadOnlyList<double> values) => values.Count == 0 ? 0 : values.Average();

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}

namespace OcrAsync.Core.Processing;

/// <summary>
/// Adds to a text-layer page the text printed inside the images drawn on it (<see cref="PdfImageAreas"/>): each area is
/// rendered alone, OCR'd, and its lines join the page's lines in page pixels, in reading order, marked as OCR'd with the
/// engine's confidence. So the extractor sees one page of lines, as it would on a scan. Lines the engine doubts (a photo
/// read as text), words the text layer already has (its text drawn over the image) and lines that only repeat what the
/// text layer says (a logo of the name the letterhead also prints: a worse reading of the same text) are left out.
/// </summary>
internal static class PdfImageText
{
    /// <summary>Below this the engine read shapes, not print: photos and drawings give such lines.</summary>
    private const double MinLineConfidence = 0.6;

    private const int MinLettersOrDigits = 2;

    /// <summary>A word whose box the text layer's words overlap this much is the layer's own text, rendered with the image.</summary>
    private const double MaxLayerOverlap = 0.3;

    public static async Task<OcrPageResult> AddAsync(
        IPageRecognizer recognizer,
        PdfRasterizer rasterizer,
        ReadOnlyMemory<byte> pdf,
        PdfTextLayerPage textPage,
        string? languages,
        CancellationToken cancellationToken)
    {
        var page = textPage.Page;
        if (textPage.ImageAreas.Count == 0)
        {
            return page;
        }

        IReadOnlyList<byte[]> images;
        try
        {
            images = await rasterizer.RasterizeAreasAsync(pdf, page.PageNumber, textPage.ImageAreas, cancellationToken);
        }
        catch (UnreadableDocumentException)
        {
            // The text layer was read; an image poppler cannot draw costs its text, not the page.
            return page;
        }

        var layerWords = page.Lines.SelectMany(l => l.Words).Select(w => w.Box).ToList();
        var layerText = Folded(page.Text);
        var lines = page.Lines.ToList();
        for (var i = 0; i < images.Count; i++)
        {
            var read = await recognizer.RecognizeAsync(images[i], page.PageNumber, languages, cancellationToken);
            foreach (var line in read.Lines)
            {
                if (Place(line, textPage.ImageAreas[i], layerWords) is { } placed && !layerText.Contains(Folded(placed.Text), StringComparison.Ordinal))
                {
                    Insert(lines, placed);
                }
            }
        }

        return lines.Count == page.Lines.Count
            ? page
            : page with { Lines = lines, Text = string.Join('\n', lines.Select(l => l.Text)) + "\n" };
    }

    /// <summary>The line moved from its area's pixels to the page's, without the text layer's words; null when nothing is left.</summary>
    private static OcrLine? Place(OcrLine line, BoundingBox area, List<BoundingBox> layerWords)
    {
        if (line.Confidence < MinLineConfidence)
        {
            return null;
        }

        IEnumerable<OcrWord> read = line.Words.Count > 0 ? line.Words : [new OcrWord(line.Text, line.Box)];
        var words = read
            .Select(w => w with { Box = w.Box with { X = w.Box.X + area.X, Y = w.Box.Y + area.Y } })
            .Where(w => !layerWords.Any(b => w.Box.IntersectionArea(b) > MaxLayerOverlap * w.Box.Width * w.Box.Height))
            .ToList();
        var text = string.Join(' ', words.Select(w => w.Text.Trim()).Where(t => t.Length > 0));
        if (text.Count(char.IsLetterOrDigit) < MinLettersOrDigits)
        {
            return null;
        }

        var left = words.Min(w => w.Box.X);
        var top = words.Min(w => w.Box.Y);
        var box = new BoundingBox(left, top, words.Max(w => w.Box.X + w.Box.Width) - left, words.Max(w => w.Box.Y + w.Box.Height) - top);
        return new OcrLine(text, line.Confidence, box) { Words = words, Source = PageSource.Ocr };
    }

    /// <summary>Before the first line whose middle is lower on the page, so the page's lines stay in reading order.</summary>
    private static void Insert(List<OcrLine> lines, OcrLine line)
    {
        var middle = line.Box.Y + line.Box.Height / 2;
        var index = lines.FindIndex(l => l.Box.Y + l.Box.Height / 2 > middle);
        lines.Insert(index < 0 ? lines.Count : index, line);
    }

    /// <summary>Letters and digits only, lower case: "Web Services" and a logo's "webservices" are the same text.</summary>
    private static string Folded(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}

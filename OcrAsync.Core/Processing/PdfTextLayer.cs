using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace OcrAsync.Core.Processing;

/// <summary>
/// Reads each PDF page's embedded text with PdfPig (milliseconds per page, design.md §4). A page without meaningful
/// text (a scan, or glyphs without a Unicode mapping) comes back null: it has to be rasterised and OCR'd.
/// </summary>
internal static class PdfTextLayer
{
    /// <summary>Fewer letters and digits than this is a stamp or a watermark ("Scanned with …"), not the page's content.</summary>
    private const int MinCharacters = 20;

    /// <summary>A page covered by an image is a scan unless its text layer (an earlier OCR) says enough.</summary>
    private const int MinCharactersOverImage = 100;

    /// <summary>Image areas OCR'd per document at most, first pages first: the issuer's letterhead is on page 1.</summary>
    internal const int MaxImageAreas = 4;

    public static IReadOnlyList<PdfTextLayerPage?> Read(ReadOnlyMemory<byte> pdf, DocumentLimitsOptions limits, CancellationToken cancellationToken)
    {
        // Refuses decompression bombs before PdfPig inflates anything (throws DocumentLimitExceededException).
        PdfInflationBudget.Check(pdf, limits);
        var filters = new BudgetedFilterProvider(limits);
        try
        {
            using var document = PdfDocument.Open(pdf.ToArray(), filters.Options);
            if (document.NumberOfPages == 0)
            {
                throw new UnreadableDocumentException("The PDF has no pages.");
            }

            limits.CheckPdfPageCount(document.NumberOfPages);

            var pages = new List<PdfTextLayerPage?>(document.NumberOfPages);
            var imageAreas = MaxImageAreas;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                PdfPageSize.CheckRendered(page, number, limits);
                var read = ReadPage(page, number, imageAreas);
                imageAreas -= read?.ImageAreas.Count ?? 0;
                pages.Add(read);
                filters.ThrowIfRefused();
            }

            return pages;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableDocumentException("The PDF is encrypted (password-protected); upload an unprotected copy.", ex);
        }
        catch (Exception ex) when (ex is not UnreadableDocumentException and not OperationCanceledException)
        {
            // PdfPig may wrap the budget's refusal in its own exception: the refusal is the reason.
            filters.ThrowIfRefused();
            // PdfPig reports damage with several exception types (format, argument, index…): all mean a broken file.
            throw new UnreadableDocumentException($"The PDF could not be read (corrupt or not a PDF): {ex.Message}", ex);
        }
    }

    private static PdfTextLayerPage? ReadPage(Page page, int number, int maxImageAreas)
    {
        var words = page.GetWords().ToList();
        var characters = words.SelectMany(w => w.Text).Where(c => !char.IsWhiteSpace(c)).ToList();
        var meaningful = characters.Count(char.IsLetterOrDigit);
        var minimum = CoveredByImage(page) ? MinCharactersOverImage : MinCharacters;
        // Fonts without a Unicode map extract as control or private-use characters: treat those pages as images.
        if (meaningful < minimum || meaningful < characters.Count / 2)
        {
            return null;
        }

        var lines = PdfWordLines.Build(words, page.Height);
        var width = (int)Math.Round(page.Width * PdfWordLines.Dpi / 72.0);
        var height = (int)Math.Round(page.Height * PdfWordLines.Dpi / 72.0);
        var text = string.Join('\n', lines.Select(l => l.Text)) + "\n";
        var images = maxImageAreas > 0 ? PdfImageAreas.Find(page, words).Take(maxImageAreas).ToList() : [];
        return new PdfTextLayerPage(new OcrPageResult(number, text, 1.0, width, height, lines) { Source = PageSource.TextLayer }, images);
    }

    private static bool CoveredByImage(Page page)
    {
        var pageArea = page.Width * page.Height;
        return pageArea > 0 && page.GetImages().Any(i => i.BoundingBox.Width * i.BoundingBox.Height >= pageArea / 2);
    }
}

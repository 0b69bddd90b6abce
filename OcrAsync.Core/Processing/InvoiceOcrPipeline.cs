using System.Diagnostics;
using Microsoft.Extensions.Options;
using OcrAsync.Core.Documents;
using OcrAsync.Core.Invoices;
using OcrAsync.Core.Ocr;
using OcrAsync.Core.Telemetry;
using OcrAsync.Core.Templates;

namespace OcrAsync.Core.Processing;

/// <summary>
/// One document from bytes to invoice fields: split into pages, read each (PDF text layer when there is one, OCR
/// otherwise), extract the fields.
/// </summary>
public sealed class InvoiceOcrPipeline(
    IPageRecognizer recognizer,
    PdfRasterizer rasterizer,
    InvoiceFieldExtractor extractor,
    IOptions<DocumentLimitsOptions> limits)
{
    public Task<InvoiceOcrResult> RunAsync(
        ReadOnlyMemory<byte> content,
        double confidenceThreshold,
        Func<int, int, CancellationToken, Task>? onPageDone,
        CancellationToken cancellationToken) =>
        RunAsync(content, confidenceThreshold, null, onPageDone, cancellationToken);

    /// <summary>
    /// Like the overload without languages, reading this document with the given Tesseract languages ("eng", "vie",
    /// "eng+vie"; null uses the engines' default). The value is checked before any page is read.
    /// </summary>
    /// <exception cref="UnsupportedLanguageException">The languages are malformed or not installed.</exception>
    public Task<InvoiceOcrResult> RunAsync(
        ReadOnlyMemory<byte> content,
        double confidenceThreshold,
        string? languages,
        Func<int, int, CancellationToken, Task>? onPageDone,
        CancellationToken cancellationToken) =>
        RunAsync(content, confidenceThreshold, languages, null, onPageDone, cancellationToken);

    /// <summary>
    /// Like the overload without templates, reading the fields with the template the upload named (whose language is
    /// used unless <paramref name="languages"/> is given) or the first candidate whose keywords the text contains.
    /// </summary>
    public async Task<InvoiceOcrResult> RunAsync(
        ReadOnlyMemory<byte> content,
        double confidenceThreshold,
        string? languages,
        TemplateChoice? templates,
        Func<int, int, CancellationToken, Task>? onPageDone,
        CancellationToken cancellationToken)
    {
        languages ??= templates?.Requested?.Language;
        if (languages is not null)
        {
            recognizer.ValidateLanguages(languages);
        }

        var type = DocumentTypeDetector.Detect(content.Span[..Math.Min(content.Length, DocumentTypeDetector.HeaderLength)]);
        if (!type.IsSupported)
        {
            throw new UnreadableDocumentException($"Unsupported file type: {type.Name}.");
        }

        var results = type.IsPdf
            ? await ReadPdfAsync(content, languages, onPageDone, cancellationToken)
            : await RecognizeImagesAsync(ImagePages.Split(content, type, limits.Value), languages, onPageDone, cancellationToken);

        InvoiceData invoice;
        using (var extract = OcrTelemetry.ActivitySource.StartActivity("ocr.extract"))
        {
            invoice = extractor.Extract(results, confidenceThreshold, templates);
            extract?.SetTag("ocr.template", invoice.Template?.Name);
            extract?.SetTag("ocr.needs_review", invoice.NeedsReview);
        }

        var text = string.Join("\n\f\n", results.Select(r => r.Text.TrimEnd()));
        var confidence = results.Count == 0 ? 0 : results.Average(r => r.Confidence);
        return new InvoiceOcrResult(text, Math.Round(confidence, 4), results.Count, invoice) { Pages = results };
    }

    private async Task<List<OcrPageResult>> RecognizeImagesAsync(
        (int Count, IEnumerable<ReadOnlyMemory<byte>> Pages) split, string? languages, Func<int, int, CancellationToken, Task>? onPageDone, CancellationToken cancellationToken)
    {
        var results = new List<OcrPageResult>(split.Count);
        foreach (var page in split.Pages)
        {
            results.Add(await RecognizePageAsync(page, results.Count + 1, split.Count, languages, cancellationToken));
            await ReportAsync(onPageDone, results.Count, split.Count, cancellationToken);
        }

        return results;
    }

    /// <summary>Page by page: text-layer pages as extracted, the others rasterised (only those) and OCR'd.</summary>
    private async Task<List<OcrPageResult>> ReadPdfAsync(
        ReadOnlyMemory<byte> pdf, string? languages, Func<int, int, CancellationToken, Task>? onPageDone, CancellationToken cancellationToken)
    {
        var textPages = PdfTextLayer.Read(pdf, limits.Value, cancellationToken);
        var scanned = Enumerable.Range(1, textPages.Count).Where(n => textPages[n - 1] is null).ToList();
        var results = new List<OcrPageResult>(textPages.Count);
        await using var rendered = rasterizer.RasterizePagesAsync(pdf, scanned, cancellationToken).GetAsyncEnumerator(cancellationToken);
        for (var number = 1; number <= textPages.Count; number++)
        {
            if (textPages[number - 1] is { } textPage)
            {
                using var span = StartPageSpan(number, textPages.Count, "text-layer");
                results.Add(textPage);
            }
            else
            {
                if (!await rendered.MoveNextAsync())
                {
                    throw new InvalidOperationException($"pdftoppm produced no image for page {number}.");
                }

                results.Add(await RecognizePageAsync(rendered.Current.Image, number, textPages.Count, languages, cancellationToken));
            }

            await ReportAsync(onPageDone, number, textPages.Count, cancellationToken);
        }

        return results;
    }

    /// <summary>One span per page (preprocessing and recognition happen inside it, on an engine thread).</summary>
    private async Task<OcrPageResult> RecognizePageAsync(
        ReadOnlyMemory<byte> image, int number, int pages, string? languages, CancellationToken cancellationToken)
    {
        using var span = StartPageSpan(number, pages, "ocr");
        span?.SetTag("ocr.language", languages ?? "default");
        var result = await recognizer.RecognizeAsync(image, number, languages, cancellationToken);
        span?.SetTag("ocr.confidence", result.Confidence);
        return result;
    }

    private static Activity? StartPageSpan(int number, int pages, string source)
    {
        var span = OcrTelemetry.ActivitySource.StartActivity("ocr.page");
        span?.SetTag("ocr.page", number);
        span?.SetTag("ocr.pages", pages);
        span?.SetTag("ocr.page_source", source);
        return span;
    }

    private static Task ReportAsync(Func<int, int, CancellationToken, Task>? onPageDone, int page, int pages, CancellationToken cancellationToken) =>
        onPageDone is null ? Task.CompletedTask : onPageDone(page, pages, cancellationToken);
}

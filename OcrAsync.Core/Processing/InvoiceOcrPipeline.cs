using OcrAsync.Core.EInvoices;

namespace OcrAsync.Core.Processing;

/// <summary>
/// One document from bytes to invoice fields: split into pages, read each (PDF text layer when there is one, OCR
/// otherwise; as many pages at once as the recognizer has engines, results in page order), extract the fields. An
/// e-invoice XML, or a PDF carrying one, is read from the XML instead: the values are the document's own.
/// </summary>
public sealed class InvoiceOcrPipeline(
    IPageRecognizer recognizer,
    PdfRasterizer rasterizer,
    InvoiceFieldExtractor extractor,
    IOptions<DocumentLimitsOptions> limits) : IInvoiceOcrPipeline
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

        if (type.IsXml)
        {
            return await ReadEInvoiceAsync(content, InvoiceSources.Xml, 1, onPageDone, cancellationToken);
        }

        string? embeddedProblem = null;
        if (type.IsPdf && EmbeddedInvoiceXml.Find(content) is { } embedded)
        {
            try
            {
                return await ReadEInvoiceAsync(embedded.Xml, InvoiceSources.EmbeddedXml, embedded.PageCount, onPageDone, cancellationToken);
            }
            catch (InvalidEInvoiceException ex)
            {
                // The pages still show the invoice: read them, and say why the XML was not used.
                embeddedProblem = $"The embedded {embedded.FileName} could not be read, so the pages were: {ex.Message}";
            }
        }

        var images = new PageImages();
        var results = type.IsPdf
            ? await ReadPdfAsync(content, languages, images, onPageDone, cancellationToken)
            : await RecognizeImagesAsync(ImagePages.Split(content, type, limits.Value), languages, images, onPageDone, cancellationToken);

        InvoiceData invoice;
        using (var extract = OcrTelemetry.ActivitySource.StartActivity("ocr.extract"))
        {
            invoice = extractor.Extract(results, confidenceThreshold, templates);
            invoice = await VendorLineReread.ApplyAsync(recognizer, invoice, results, images, cancellationToken);
            var firstRead = new FirstRead(recognizer, extractor, results, images, new ExtractionRequest(confidenceThreshold, languages, templates));
            invoice = await KeyFieldReread.ApplyAsync(invoice, firstRead, cancellationToken);
            invoice = await KeyValueReread.ApplyAsync(invoice, firstRead, cancellationToken);
            if (embeddedProblem is not null)
            {
                invoice = invoice with { NeedsReview = true, ReviewReasons = [.. invoice.ReviewReasons, embeddedProblem] };
            }

            extract?.SetTag("ocr.template", invoice.Template?.Name);
            extract?.SetTag("ocr.needs_review", invoice.NeedsReview);
        }

        var text = string.Join("\n\f\n", results.Select(r => r.Text.TrimEnd()));
        var confidence = results.Count == 0 ? 0 : results.Average(r => r.Confidence);
        return new InvoiceOcrResult(text, Math.Round(confidence, 4), results.Count, invoice) { Pages = results };
    }

    private static async Task<InvoiceOcrResult> ReadEInvoiceAsync(
        ReadOnlyMemory<byte> xml, string source, int pages, Func<int, int, CancellationToken, Task>? onPageDone, CancellationToken cancellationToken)
    {
        EInvoice read;
        using (var span = OcrTelemetry.ActivitySource.StartActivity("ocr.einvoice"))
        {
            span?.SetTag("ocr.source", source);
            read = EInvoiceParser.Read(xml, source);
            span?.SetTag("ocr.einvoice_format", read.Invoice.Format);
            span?.SetTag("ocr.signature_valid", read.Invoice.Signature?.Valid);
        }

        if (onPageDone is not null)
        {
            await onPageDone(pages, pages, cancellationToken);
        }

        return new InvoiceOcrResult(read.Text, 1.0, pages, read.Invoice);
    }

    private Task<List<OcrPageResult>> RecognizeImagesAsync(
        (int Count, IEnumerable<ReadOnlyMemory<byte>> Pages) split,
        string? languages,
        PageImages images,
        Func<int, int, CancellationToken, Task>? onPageDone,
        CancellationToken cancellationToken) =>
        PageWindow.RunAsync(
            split.Count,
            recognizer.MaxParallelPages,
            // Lazy: a multi-page TIFF decodes each page only when the window is ready for it.
            split.Pages.Select((page, index) => (PageWindow.PageRead)(token => RecognizePageAsync(page, index + 1, split.Count, languages, images, token))).ToAsyncEnumerable(),
            onPageDone,
            cancellationToken);

    /// <summary>Text-layer pages as extracted, the others rasterised (only those, as many ahead as there are engines) and OCR'd.</summary>
    private Task<List<OcrPageResult>> ReadPdfAsync(
        ReadOnlyMemory<byte> pdf, string? languages, PageImages images, Func<int, int, CancellationToken, Task>? onPageDone, CancellationToken cancellationToken)
    {
        var textPages = PdfTextLayer.Read(pdf, limits.Value, cancellationToken);
        return PageWindow.RunAsync(
            textPages.Count, recognizer.MaxParallelPages, PdfReadsAsync(pdf, textPages, languages, images, cancellationToken), onPageDone, cancellationToken);
    }

    private async IAsyncEnumerable<PageWindow.PageRead> PdfReadsAsync(
        ReadOnlyMemory<byte> pdf,
        IReadOnlyList<PdfTextLayerPage?> textPages,
        string? languages,
        PageImages images,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scanned = Enumerable.Range(1, textPages.Count).Where(n => textPages[n - 1] is null).ToList();
        await using var rendered = rasterizer.RasterizePagesAsync(pdf, scanned, cancellationToken).GetAsyncEnumerator(cancellationToken);
        for (var number = 1; number <= textPages.Count; number++)
        {
            var pageNumber = number;
            if (textPages[number - 1] is { } textPage)
            {
                yield return async token =>
                {
                    using var span = StartPageSpan(pageNumber, textPages.Count, "text-layer");
                    span?.SetTag("ocr.image_areas", textPage.ImageAreas.Count);
                    return await PdfImageText.AddAsync(recognizer, rasterizer, pdf, textPage, languages, token);
                };
                continue;
            }

            if (!await rendered.MoveNextAsync())
            {
                throw new InvalidOperationException($"pdftoppm produced no image for page {number}.");
            }

            var image = rendered.Current.Image;
            yield return token => RecognizePageAsync(image, pageNumber, textPages.Count, languages, images, token);
        }
    }

    /// <summary>One span per page (preprocessing and recognition happen inside it, on an engine thread).</summary>
    private async Task<OcrPageResult> RecognizePageAsync(
        ReadOnlyMemory<byte> image, int number, int pages, string? languages, PageImages images, CancellationToken cancellationToken)
    {
        images.Keep(number, image);
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
}

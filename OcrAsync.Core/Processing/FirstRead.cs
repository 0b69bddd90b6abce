namespace OcrAsync.Core.Processing;

/// <summary>
/// A document's first read as the passes that read part of page 1 again work from it (<see cref="KeyFieldReread"/>,
/// <see cref="KeyValueReread"/>): the engine to read with, the pages read and page 1's image, and the extractor with the
/// request it was run with, so a closer read is extracted the same way as the first.
/// </summary>
internal sealed record FirstRead(
    IPageRecognizer Recognizer,
    InvoiceFieldExtractor Extractor,
    IReadOnlyList<OcrPageResult> Pages,
    PageImages Images,
    ExtractionRequest Request)
{
    /// <summary>
    /// Page 1's image when the engine read page 1; null when there is nothing to read again (no pages, page 1 from a PDF
    /// text layer, or its image not kept).
    /// </summary>
    public ReadOnlyMemory<byte>? OcrPageOneImage =>
        Pages.Count > 0 && Pages[0].Source == PageSource.Ocr ? Images.Get(1) : null;

    /// <summary>The document extracted again with <paramref name="pageOne"/> in place of page 1's first read.</summary>
    public InvoiceData ExtractWith(OcrPageResult pageOne) =>
        Extractor.Extract([pageOne, .. Pages.Skip(1)], Request.ConfidenceThreshold, Request.Templates);
}

using OcrAsync.Core.Documents;
using OcrAsync.Core.Invoices;
using OcrAsync.Core.Ocr;

namespace OcrAsync.Core.Processing;

/// <summary>One document from bytes to invoice fields: split into pages, recognise each, extract the fields.</summary>
public sealed class InvoiceOcrPipeline(IPageRecognizer recognizer, PdfRasterizer rasterizer, InvoiceFieldExtractor extractor)
{
    public async Task<InvoiceOcrResult> RunAsync(
        ReadOnlyMemory<byte> content,
        double confidenceThreshold,
        Func<int, int, CancellationToken, Task>? onPageDone,
        CancellationToken cancellationToken)
    {
        var pages = await SplitPagesAsync(content, cancellationToken);
        var results = new List<OcrPageResult>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            results.Add(await recognizer.RecognizeAsync(pages[i], i + 1, cancellationToken));
            if (onPageDone is not null)
            {
                await onPageDone(i + 1, pages.Count, cancellationToken);
            }
        }

        var invoice = extractor.Extract(results, confidenceThreshold);
        var text = string.Join("\n\f\n", results.Select(r => r.Text.TrimEnd()));
        var confidence = results.Count == 0 ? 0 : results.Average(r => r.Confidence);
        return new InvoiceOcrResult(text, Math.Round(confidence, 4), results.Count, invoice);
    }

    private async Task<IReadOnlyList<ReadOnlyMemory<byte>>> SplitPagesAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var type = DocumentTypeDetector.Detect(content.Span[..Math.Min(content.Length, DocumentTypeDetector.HeaderLength)]);
        if (!type.IsSupported)
        {
            throw new UnreadableDocumentException($"Unsupported file type: {type.Name}.");
        }

        if (!type.IsPdf)
        {
            return [content];
        }

        var pages = await rasterizer.RasterizeAsync(content, cancellationToken);
        return pages.Select(p => (ReadOnlyMemory<byte>)p).ToList();
    }
}

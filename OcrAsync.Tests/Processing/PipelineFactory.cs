using Microsoft.Extensions.Options;
using OcrAsync.Core.Invoices;
using OcrAsync.Core.Ocr;
using OcrAsync.Core.Processing;

namespace OcrAsync.Tests.Processing;

internal static class PipelineFactory
{
    public static InvoiceOcrPipeline Create(IPageRecognizer recognizer, DocumentLimitsOptions? limits = null) =>
        new(recognizer, new PdfRasterizer(), new InvoiceFieldExtractor(), Options.Create(limits ?? new DocumentLimitsOptions()));
}

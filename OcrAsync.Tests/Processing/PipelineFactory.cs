namespace OcrAsync.Tests.Processing;

internal static class PipelineFactory
{
    public static InvoiceOcrPipeline Create(IPageRecognizer recognizer, DocumentLimitsOptions? limits = null) =>
        new(recognizer, new PdfRasterizer(), new InvoiceFieldExtractor(), Options.Create(limits ?? new DocumentLimitsOptions()));
}

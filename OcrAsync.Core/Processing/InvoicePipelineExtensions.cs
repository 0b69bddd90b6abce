namespace OcrAsync.Core.Processing;

public static class InvoicePipelineExtensions
{
    /// <summary>
    /// Registers <see cref="InvoiceOcrPipeline"/> and its parts, with validated "Documents" limits, on the engine pool it
    /// reads pages with (<see cref="OcrEngineExtensions.AddOcrEngine"/>): the one call a host makes for the OCR part.
    /// </summary>
    public static IHostApplicationBuilder AddInvoicePipeline(this IHostApplicationBuilder builder)
    {
        builder.AddOcrEngine();
        builder.Services.AddValidatedOptions<DocumentLimitsOptions>();

        builder.Services.AddSingleton<PdfRasterizer>();
        builder.Services.AddSingleton<InvoiceFieldExtractor>();
        builder.Services.AddSingleton<InvoiceOcrPipeline>();
        return builder;
    }
}

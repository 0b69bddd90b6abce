using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OcrAsync.Core.Invoices;

namespace OcrAsync.Core.Processing;

public static class InvoicePipelineExtensions
{
    /// <summary>Registers <see cref="InvoiceOcrPipeline"/> and its parts, with validated "Documents" limits. Needs an <c>IPageRecognizer</c>.</summary>
    public static IHostApplicationBuilder AddInvoicePipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DocumentLimitsOptions>()
            .BindConfiguration(DocumentLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<PdfRasterizer>();
        builder.Services.AddSingleton<InvoiceFieldExtractor>();
        builder.Services.AddSingleton<InvoiceOcrPipeline>();
        return builder;
    }
}

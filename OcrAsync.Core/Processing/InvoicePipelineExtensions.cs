using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OcrAsync.Core.Invoices;
using OcrAsync.Core.Hosting;

namespace OcrAsync.Core.Processing;

public static class InvoicePipelineExtensions
{
    /// <summary>Registers <see cref="InvoiceOcrPipeline"/> and its parts, with validated "Documents" limits. Needs an <c>IPageRecognizer</c>.</summary>
    public static IHostApplicationBuilder AddInvoicePipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DocumentLimitsOptions>(DocumentLimitsOptions.SectionName);

        builder.Services.AddSingleton<PdfRasterizer>();
        builder.Services.AddSingleton<InvoiceFieldExtractor>();
        builder.Services.AddSingleton<InvoiceOcrPipeline>();
        return builder;
    }
}

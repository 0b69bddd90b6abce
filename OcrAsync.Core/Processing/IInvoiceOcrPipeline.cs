namespace OcrAsync.Core.Processing;

/// <summary>Reads one document into invoice fields (<see cref="InvoiceOcrPipeline"/>); a seam for the worker's tests.</summary>
public interface IInvoiceOcrPipeline
{
    Task<InvoiceOcrResult> RunAsync(
        ReadOnlyMemory<byte> content,
        double confidenceThreshold,
        string? languages,
        TemplateChoice? templates,
        Func<int, int, CancellationToken, Task>? onPageDone,
        CancellationToken cancellationToken);
}

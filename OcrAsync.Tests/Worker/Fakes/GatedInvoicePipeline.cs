using OcrAsync.Core.Invoices;
using OcrAsync.Core.Processing;
using OcrAsync.Core.Templates;

namespace OcrAsync.Tests.Worker.Fakes;

/// <summary>Reads a one-page invoice, but only once the test opens the gate: a run as long as the test wants.</summary>
public sealed class GatedInvoicePipeline : IInvoiceOcrPipeline
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public void Open() => _gate.TrySetResult();

    public async Task<InvoiceOcrResult> RunAsync(
        ReadOnlyMemory<byte> content,
        double confidenceThreshold,
        string? languages,
        TemplateChoice? templates,
        Func<int, int, CancellationToken, Task>? onPageDone,
        CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        await _gate.Task.WaitAsync(cancellationToken);
        return new InvoiceOcrResult("INVOICE GATED-1", 0.9, 1, new InvoiceData { InvoiceNumber = "GATED-1" });
    }
}

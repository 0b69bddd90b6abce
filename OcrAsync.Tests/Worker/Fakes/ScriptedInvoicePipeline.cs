using OcrAsync.Core.Invoices;
using OcrAsync.Core.Processing;
using OcrAsync.Core.Templates;

namespace OcrAsync.Tests.Worker.Fakes;

/// <summary>Throws what <paramref name="fault"/> makes for the first <paramref name="failures"/> runs, then reads a one-page invoice.</summary>
public sealed class ScriptedInvoicePipeline(int failures, Func<Exception> fault) : IInvoiceOcrPipeline
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public async Task<InvoiceOcrResult> RunAsync(
        ReadOnlyMemory<byte> content,
        double confidenceThreshold,
        string? languages,
        TemplateChoice? templates,
        Func<int, int, CancellationToken, Task>? onPageDone,
        CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _runs) <= failures)
        {
            throw fault();
        }

        if (onPageDone is not null)
        {
            await onPageDone(1, 1, cancellationToken);
        }

        return new InvoiceOcrResult("INVOICE SCRIPTED-1", 0.9, 1, new InvoiceData { InvoiceNumber = "SCRIPTED-1" });
    }
}

namespace OcrAsync.Tests.Worker.Fakes;

/// <summary>
/// Throws what <paramref name="fault"/> makes for the first <paramref name="failures"/> runs, then reads a one-page
/// invoice; with <paramref name="holdUntil"/>, a run ends only once that task does (a run as long as the test wants).
/// </summary>
public sealed class ScriptedInvoicePipeline(int failures, Func<Exception> fault, Task? holdUntil = null) : IInvoiceOcrPipeline
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    /// <summary>Done once a run has begun.</summary>
    public Task Started => _started.Task;

    public async Task<InvoiceOcrResult> RunAsync(
        ReadOnlyMemory<byte> content,
        double confidenceThreshold,
        string? languages,
        TemplateChoice? templates,
        Func<int, int, CancellationToken, Task>? onPageDone,
        CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        if (Interlocked.Increment(ref _runs) <= failures)
        {
            throw fault();
        }

        if (holdUntil is not null)
        {
            await holdUntil.WaitAsync(cancellationToken);
        }

        if (onPageDone is not null)
        {
            await onPageDone(1, 1, cancellationToken);
        }

        return new InvoiceOcrResult("INVOICE SCRIPTED-1", 0.9, 1, new InvoiceData { InvoiceNumber = "SCRIPTED-1" });
    }
}

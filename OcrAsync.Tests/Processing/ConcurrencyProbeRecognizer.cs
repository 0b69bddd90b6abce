namespace OcrAsync.Tests.Processing;

/// <summary>
/// A recognizer with <paramref name="engines"/> pretend engines that records how many pages it was reading at the
/// same time. Earlier pages take longer than later ones, so pages finish out of order. With
/// <paramref name="waitForNextPage"/>, a page also waits (up to 10 s) until the next one has started, for inputs whose
/// pages take long to prepare (PDF rasterisation).
/// </summary>
internal sealed class ConcurrencyProbeRecognizer(int engines, int pages, bool waitForNextPage = false) : IPageRecognizer
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(40);
    private int _running;
    private int _maxRunning;

    public int MaxParallelPages => engines;

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public int Running => Volatile.Read(ref _running);

    public ConcurrentQueue<int> Started { get; } = new();

    public ConcurrentQueue<int> Cancelled { get; } = new();

    public ConcurrentQueue<int> Finished { get; } = new();

    public async Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken)
    {
        Started.Enqueue(pageNumber);
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _maxRunning, running);
        try
        {
            await Task.Delay(Step * (pages + 1 - pageNumber), cancellationToken);
            for (var waited = 0; waitForNextPage && pageNumber < pages && !Started.Contains(pageNumber + 1) && waited < 1000; waited++)
            {
                await Task.Delay(10, cancellationToken);
            }

            Finished.Enqueue(pageNumber);
            return new OcrPageResult(pageNumber, $"text of page {pageNumber}", 0.9, 100, 100, []);
        }
        catch (OperationCanceledException)
        {
            Cancelled.Enqueue(pageNumber);
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
            seen = Volatile.Read(ref target);
        }
    }
}

namespace OcrAsync.Tests.Processing;

/// <summary>Passes pages to a real recognizer and records the most it was asked to read at the same time.</summary>
internal sealed class InFlightRecorder(IPageRecognizer inner) : IPageRecognizer
{
    private int _inFlight;
    private int _maxInFlight;

    public int MaxParallelPages => inner.MaxParallelPages;

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public async Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            return await inner.RecognizeAsync(encodedImage, pageNumber, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}

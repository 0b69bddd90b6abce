namespace OcrAsync.Worker.Consumers;

/// <summary>Wakes idle consumer loops when a job is published, so pick-up does not wait for the next poll.</summary>
public sealed class WakeSignal
{
    private readonly SemaphoreSlim _semaphore = new(0);

    public void Wake(int loops)
    {
        // Extra permits would only cause empty reads; cap them at the number of loops.
        if (_semaphore.CurrentCount < loops)
        {
            _semaphore.Release();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}

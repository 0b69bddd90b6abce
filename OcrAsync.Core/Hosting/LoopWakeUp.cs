namespace OcrAsync.Core.Hosting;

/// <summary>
/// Wakes a <see cref="BackgroundLoop"/> before its interval is up. Wake-ups that come while nobody waits are kept as
/// one, so the next wait returns at once.
/// </summary>
public sealed class LoopWakeUp : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Set()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already set: one wake-up covers them all.
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken) => _pending.WaitAsync(cancellationToken);

    public void Dispose() => _pending.Dispose();
}

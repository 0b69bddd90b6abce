using Microsoft.Extensions.Options;
using OcrAsync.Api.Resilience;

namespace OcrAsync.Api.Services.Commits;

/// <summary>
/// At most `Accept:StoreConcurrency` upload commits at a time: the others wait here, inside their database deadline,
/// instead of on the TOAST table's relation-extension lock, where a descheduled holder stalls every waiter.
/// </summary>
public sealed class StoreGate(IOptions<AcceptOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.StoreConcurrency, options.Value.StoreConcurrency);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> commit, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await commit(cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}

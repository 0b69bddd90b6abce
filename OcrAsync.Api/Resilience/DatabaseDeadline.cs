using Microsoft.Extensions.Options;

namespace OcrAsync.Api.Resilience;

/// <summary>
/// Bounds one database step of the accept path by <see cref="AcceptOptions.DatabaseTimeout"/>. The step is cancelled
/// at the deadline and, should the driver not return at once (a frozen server does not answer the cancel request
/// either), abandoned: the client hears 503 in bounded time, and an insert not yet committed is rolled back when the
/// connection is dropped.
/// </summary>
public sealed class DatabaseDeadline(IOptions<AcceptOptions> options, TimeProvider timeProvider)
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        var timeout = options.Value.DatabaseTimeout;
        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await step(linked.Token).WaitAsync(linked.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (deadline.IsCancellationRequested || DatabaseFaults.IsTransient(ex)))
        {
            throw new DatabaseUnavailableException(
                deadline.IsCancellationRequested
                    ? $"The database did not answer within {timeout.TotalSeconds:0.#} s."
                    : "The database cannot be reached.",
                ex);
        }
    }
}

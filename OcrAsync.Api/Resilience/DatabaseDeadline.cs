namespace OcrAsync.Api.Resilience;

/// <summary>
/// Bounds one database step of the accept path by <see cref="AcceptOptions.DatabaseTimeout"/>. The step is cancelled
/// at the deadline and given <see cref="AcceptOptions.CancelGrace"/> to end: the request's pooled DbContext goes back
/// to the pool when the request ends, and one still running its step there fails whichever request rents it next (a
/// 500, seen under load). Only a step the driver does not end in that grace either (a frozen server answers no cancel
/// request) is abandoned, so the client hears 503 in bounded time; an uncommitted insert is rolled back when the
/// connection is dropped.
/// </summary>
public sealed partial class DatabaseDeadline(IOptions<AcceptOptions> options, TimeProvider timeProvider, ILogger<DatabaseDeadline> logger)
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        var timeout = options.Value.DatabaseTimeout;
        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var work = step(linked.Token);
        try
        {
            return await work.WaitAsync(linked.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (deadline.IsCancellationRequested || DatabaseFaults.IsTransient(ex)))
        {
            await SettleAsync(work);
            throw new DatabaseUnavailableException(
                deadline.IsCancellationRequested
                    ? $"The database did not answer within {timeout.TotalSeconds:0.#} s."
                    : "The database cannot be reached.",
                ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await SettleAsync(work);
            throw;
        }
    }

    /// <summary>Waits up to the grace for a cancelled step to end; its own outcome no longer matters.</summary>
    private async Task SettleAsync(Task work)
    {
        if (work.IsCompleted)
        {
            return;
        }

        var grace = options.Value.CancelGrace;
        using var stop = new CancellationTokenSource();
        var ended = await Task.WhenAny(work, Task.Delay(grace, timeProvider, stop.Token)) == work;
        await stop.CancelAsync();
        if (!ended)
        {
            // Observed later, or its fault would surface as an unobserved task exception.
            _ = work.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            LogAbandoned(logger, grace.TotalSeconds);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A cancelled database step did not end within {GraceSeconds} s; abandoned (its connection is dropped when it ends)")]
    private static partial void LogAbandoned(ILogger logger, double graceSeconds);
}

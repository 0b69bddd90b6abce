namespace OcrAsync.Worker.Jobs;

/// <summary>
/// Renews a claimed job's lease every third of its length while the job runs. Progress at page boundaries renews it
/// too, but one page (or the wait for a free engine) can outlast the lease on a loaded host, and a lease that runs
/// out lets another worker claim a job that is still running: it would run twice.
/// </summary>
public sealed partial class JobLeaseKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    private JobLeaseKeeper(IServiceScopeFactory scopeFactory, Guid jobId, TimeSpan lease, TimeProvider timeProvider, ILogger logger) =>
        _renewing = RenewAsync(scopeFactory, jobId, lease, timeProvider, logger, _stop.Token);

    public static JobLeaseKeeper Start(IServiceScopeFactory scopeFactory, Guid jobId, TimeSpan lease, TimeProvider timeProvider, ILogger logger) =>
        new(scopeFactory, jobId, lease, timeProvider, logger);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
    }

    private static async Task RenewAsync(
        IServiceScopeFactory scopeFactory, Guid jobId, TimeSpan lease, TimeProvider timeProvider, ILogger logger, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(lease / 3, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    // A scope of its own: the run's job store (one DbContext) may be in use by the run at this moment.
                    await using var scope = scopeFactory.CreateAsyncScope();
                    var store = scope.ServiceProvider.GetRequiredService<IJobStateStore>();
                    if (!await store.TryRenewLeaseAsync(jobId, lease, stop))
                    {
                        return; // Finished, cancelled or handed back: nothing left to hold.
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Postgres away for a moment: the next tick tries again, well before the lease runs out.
                    LogRenewalFailed(logger, ex, jobId);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(LogLevel.Warning, "The lease of job {JobId} could not be renewed")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, Guid jobId);
}

namespace OcrAsync.Core.Hosting;

/// <summary>
/// Runs one step of a background service again and again. No exception from a step ends the loop: a stalled Redis
/// times out (<c>RedisTimeoutException</c> is no <c>RedisException</c>), a connection coming back cancels what waited on
/// it (<c>TaskCanceledException</c>), a frozen Postgres times out. The failure is logged, the loop reports unhealthy
/// through <see cref="LoopMonitor"/> and backs off, and the next success clears it. Only the host stopping ends it.
/// </summary>
public sealed partial class BackgroundLoop(LoopMonitor monitor, TimeProvider timeProvider, ILogger<BackgroundLoop> logger)
{
    /// <summary>Longest pause after failures, so a loop notices within seconds that its dependency is back.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    public Task RunAsync(string name, TimeSpan interval, Func<CancellationToken, Task> step, CancellationToken stoppingToken) =>
        RunAsync(name, interval, null, step, stoppingToken);

    /// <summary>
    /// Like the overload with a fixed interval, but the wait after each success is asked of <paramref name="interval"/>
    /// then, so a loop whose work is due at varying times wakes only when it is due instead of ticking to check.
    /// Failures back off from its answer as from a fixed interval.
    /// </summary>
    public Task RunAsync(string name, Func<TimeSpan> interval, Func<CancellationToken, Task> step, CancellationToken stoppingToken) =>
        RunAsync(name, interval, null, step, stoppingToken);

    /// <summary>
    /// Like the overload without <paramref name="wake"/>, but after a success the next step also runs as soon as
    /// <paramref name="wake"/> completes, so <paramref name="interval"/> is only a safety net. After a failure the loop
    /// backs off whatever wakes it.
    /// </summary>
    public Task RunAsync(
        string name, TimeSpan interval, Func<CancellationToken, Task>? wake, Func<CancellationToken, Task> step, CancellationToken stoppingToken) =>
        RunAsync(name, () => interval, wake, step, stoppingToken);

    private async Task RunAsync(
        string name, Func<TimeSpan> interval, Func<CancellationToken, Task>? wake, Func<CancellationToken, Task> step, CancellationToken stoppingToken)
    {
        monitor.Started(name);
        try
        {
            var failures = 0;
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await step(stoppingToken);
                    failures = 0;
                    monitor.Succeeded(name);
                }
                catch (Exception ex)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }

                    failures++;
                    monitor.Failed(name, ex);
                    LogStepFailed(logger, ex, name, failures);
                }

                if (!await DelayAsync(failures == 0 ? interval() : Backoff(interval(), failures), failures == 0 ? wake : null, stoppingToken))
                {
                    return;
                }
            }
        }
        finally
        {
            monitor.Stopped(name);
        }
    }

    /// <summary>The interval doubled per failure in a row (at least 1 s), at most <see cref="MaxBackoff"/>.</summary>
    public static TimeSpan Backoff(TimeSpan interval, int failures)
    {
        var first = interval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : interval;
        var delay = first * Math.Pow(2, Math.Min(failures - 1, 10));
        return delay < MaxBackoff ? delay : MaxBackoff;
    }

    private async Task<bool> DelayAsync(TimeSpan delay, Func<CancellationToken, Task>? wake, CancellationToken stoppingToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        try
        {
            var timer = Task.Delay(delay, timeProvider, waiting.Token);
            await (wake is null ? timer : await Task.WhenAny(timer, wake(waiting.Token)));
            return true;
        }
        catch (OperationCanceledException)
        {
            return !stoppingToken.IsCancellationRequested;
        }
        finally
        {
            // Stops whichever of the timer and the wake-up is still waiting.
            await waiting.CancelAsync();
        }
    }

    [LoggerMessage(LogLevel.Warning, "Background loop {Loop} failed ({Failures} in a row); backing off")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, string loop, int failures);
}

namespace OcrAsync.Core.Upkeep;

/// <summary>
/// The scheduled upkeep (Celery Beat's part in the original design): every replica looks for due schedules each
/// <see cref="UpkeepOptions.CheckInterval"/>, and each schedule runs on one of them per period.
/// </summary>
public sealed partial class UpkeepService(
    IServiceScopeFactory scopeFactory, BackgroundLoop loop, IOptions<UpkeepOptions> options, TimeProvider timeProvider, ILogger<UpkeepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.CheckInterval;
        try
        {
            // The first look after one interval: the API applies the migrations meanwhile.
            await Task.Delay(interval, timeProvider, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await loop.RunAsync("upkeep", interval, RunDueAsync, stoppingToken);
    }

    private async Task RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var ran = await scope.ServiceProvider.GetRequiredService<UpkeepRunner>().RunDueAsync(cancellationToken);
        foreach (var (schedule, removed) in ran)
        {
            LogRan(logger, schedule, removed);
        }
    }

    [LoggerMessage(LogLevel.Information, "Upkeep {Schedule} ran here: removed {Removed}")]
    private static partial void LogRan(ILogger logger, string schedule, long removed);
}

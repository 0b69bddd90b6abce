using Microsoft.Extensions.Options;
using OcrAsync.Core.Messaging;
using OcrAsync.Core.Ocr;
using OcrAsync.Worker.Consumers;
using StackExchange.Redis;

namespace OcrAsync.Worker.Health;

/// <summary>Tells the API (queue stats, dashboards) that this worker is alive and how busy it is.</summary>
public sealed partial class WorkerStatusReporter(
    IConnectionMultiplexer redis,
    OcrEnginePool engines,
    ConsumerHeartbeat heartbeat,
    IOptions<ConsumerOptions> options,
    TimeProvider timeProvider,
    ILogger<WorkerStatusReporter> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var name = options.Value.ConsumerName;
        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            try
            {
                var status = new WorkerStatus(name, engines.EngineCount, heartbeat.Busy, timeProvider.GetUtcNow());
                await redis.GetDatabase().HashSetAsync(OcrStreams.WorkersKey, name, status.ToJson());
            }
            catch (RedisException ex)
            {
                LogReportFailed(logger, ex.Message);
            }
        }
        // The entry is left to age out rather than deleted on stop: a worker restarting (a deploy, a short pause)
        // should not make the API switch to processing uploads itself for that moment.
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not report worker status: {Reason}")]
    private static partial void LogReportFailed(ILogger logger, string reason);
}

using StackExchange.Redis;

namespace OcrAsync.Worker.Health;

/// <summary>
/// Tells the API (fallback decision, queue stats, dashboards) that this worker is alive and how busy it is: "starting"
/// from its first moment, before the engines are warm and the consumer reads, so the API never takes a worker that
/// is still starting for a missing one; "ready" once the consumer loop runs.
/// </summary>
public sealed class WorkerStatusReporter(
    IConnectionMultiplexer redis,
    IOptions<OcrEngineOptions> engines,
    ConsumerHeartbeat heartbeat,
    IOptions<ConsumerOptions> options,
    BackgroundLoop loop,
    TimeProvider timeProvider) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    // The entry is left to age out rather than deleted on stop: a worker restarting (a deploy, a short pause) should
    // not make the API switch to processing uploads itself for that moment.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        loop.RunAsync("worker-status", Interval, ReportAsync, stoppingToken);

    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        var name = options.Value.ConsumerName;
        var state = heartbeat.HasStarted ? WorkerStatus.Ready : WorkerStatus.Starting;
        var status = new WorkerStatus(name, engines.Value.EngineCount, heartbeat.Busy, timeProvider.GetUtcNow(), state);
        await redis.GetDatabase().HashSetAsync(OcrStreams.WorkersKey, name, status.ToJson()).WaitAsync(cancellationToken);
    }
}

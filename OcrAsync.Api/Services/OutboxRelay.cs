namespace OcrAsync.Api.Services;

/// <summary>
/// Publishes jobs that were stored but never reached the stream (Redis down, API crash between commit and publish),
/// and publishes again jobs queued for long after dispatch (their entry was lost, e.g. Redis restarted without its
/// data). A duplicate publish is harmless: workers claim a job in Postgres before running it. It runs when a submit of
/// this instance could not publish (<see cref="OutboxWakeUp"/>) and otherwise every <see cref="SafetyInterval"/>, for
/// what no signal tells (another instance crashed after its commit, entries lost from Redis): no Postgres poll every
/// few seconds on an idle system.
/// </summary>
public sealed partial class OutboxRelay(
    IServiceScopeFactory scopeFactory,
    IJobStreamPublisher publisher,
    BackgroundLoop loop,
    OutboxWakeUp wakeUp,
    DatabaseMigrationState schema,
    TimeProvider timeProvider,
    ILogger<OutboxRelay> logger)
    : BackgroundService
{
    // Leaves the submitting request time to publish its own job first.
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan SafetyInterval = TimeSpan.FromSeconds(30);
    // Far longer than any queue wait on a healthy system, so live entries are not duplicated needlessly.
    public static readonly TimeSpan RedispatchAfter = TimeSpan.FromMinutes(10);
    public const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schema.WhenAppliedAsync(stoppingToken);
        await loop.RunAsync("outbox-relay", SafetyInterval, WhenSignalledAsync, RelayPendingAsync, stoppingToken);
    }

    /// <summary>A job this instance could not publish, once it is past the grace period the relay's query applies.</summary>
    private async Task WhenSignalledAsync(CancellationToken cancellationToken)
    {
        await wakeUp.Signal.WaitAsync(cancellationToken);
        await Task.Delay(GracePeriod, timeProvider, cancellationToken);
    }

    private async Task RelayPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
        var now = timeProvider.GetUtcNow();
        var pending = await outbox.FindPendingAsync(now - GracePeriod, now - RedispatchAfter, BatchSize, cancellationToken);

        foreach (var job in pending)
        {
            await publisher.PublishAsync(job.Id, job.Priority, cancellationToken);
            await outbox.MarkDispatchedAsync(job, timeProvider.GetUtcNow(), cancellationToken);
            LogRelayed(logger, job.Id);
        }
    }

    [LoggerMessage(LogLevel.Information, "Outbox relay published job {JobId}")]
    private static partial void LogRelayed(ILogger logger, Guid jobId);
}

using StackExchange.Redis;

namespace OcrAsync.Tests.EndToEnd.Outages;

/// <summary>
/// A system of its own for the outage tests: local Redis and Postgres (fresh data), one API and one worker, as
/// ./run.sh starts them, with short recovery times and a short worker-absence window for the fallback test.
/// </summary>
public sealed class OutageFixture : AppHostFixture
{
    /// <summary>Fallback:WorkerAbsentAfter and Fallback:StartupGrace on the API (30 s and 60 s in production).</summary>
    public static readonly TimeSpan WorkerAbsentAfter = TimeSpan.FromSeconds(20);

    /// <summary>When the API was healthy: it started before, so its start-up grace is over <see cref="WorkerAbsentAfter"/> later.</summary>
    public DateTimeOffset ApiHealthyAt { get; private set; }

    protected override Task ConfigureAsync(IDistributedApplicationTestingBuilder builder)
    {
        // The fixture waits for the worker itself, so the API's start-up grace need not be longer than the window.
        var window = WorkerAbsentAfter.ToString("c", CultureInfo.InvariantCulture);
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Api)
            .WithEnvironment("Fallback__WorkerAbsentAfter", window)
            .WithEnvironment("Fallback__StartupGrace", window)
            .WithEnvironment("OMP_THREAD_LIMIT", "1");
        WithShortRecovery(builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Worker));
        return Task.CompletedTask;
    }

    protected override async Task StartedAsync()
    {
        await WaitHealthyAsync(ResourceNames.Api);
        ApiHealthyAt = DateTimeOffset.UtcNow;
        await WaitHealthyAsync(ResourceNames.Worker);
    }

    /// <summary>
    /// With every worker stopped, waits until the API counts them as gone: the newest heartbeat in Redis and the API's
    /// start-up grace both <see cref="WorkerAbsentAfter"/> old, plus the API's one-second refresh of what it read. The
    /// heartbeats are read again each second, so one written late by a worker still stopping moves the wait on.
    /// </summary>
    public async Task WaitUntilWorkersCountAsGoneAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync((await App.GetConnectionStringAsync(ResourceNames.Redis))!);
        var deadline = DateTimeOffset.UtcNow + StartTimeout;
        while (true)
        {
            var newest = (await redis.GetDatabase().HashGetAllAsync(OcrStreams.WorkersKey))
                .Select(h => WorkerStatus.FromJson(h.Value)?.LastSeen ?? DateTimeOffset.MinValue)
                .Append(ApiHealthyAt)
                .Max();
            var now = DateTimeOffset.UtcNow;
            var left = newest + WorkerAbsentAfter + TimeSpan.FromSeconds(1.5) - now;
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            Assert.True(now < deadline, $"a worker still reported at {newest:O}");
            await Task.Delay(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
        }
    }
}

using Microsoft.Extensions.Configuration;
using OcrAsync.Core.Hosting;
using OcrAsync.Tests.Worker.Fakes;
using OcrAsync.Worker.Extensions;
using OcrAsync.Worker.Health;
using OcrAsync.Worker.Jobs;
using StackExchange.Redis;

namespace OcrAsync.Tests.Worker;

/// <summary>
/// The hosted consumer as the worker wires it (AddBackgroundLoops, AddJobConsumer), on in-memory streams and a recording
/// processor, with faked time: what it reads, claims, survives and when it stops, without Redis.
/// </summary>
public sealed class OcrJobConsumerTests : IAsyncLifetime
{
    private const string HighStream = "ocr:jobs:high";
    private const string LowStream = "ocr:jobs:low";
    private static readonly TimeSpan ReclaimIdleTime = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan ReclaimInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LowPriorityMaxWait = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture));
    private readonly ScriptedJobStreamReader _streams = new();
    private RecordingEntryProcessor _processor = new();
    private IHost? _host;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync().WaitAsync(WaitLimit);
            _host.Dispose();
        }
    }

    [Fact]
    public async Task Entries_read_from_the_streams_are_handed_to_the_processor_in_order()
    {
        _streams.AddNew(HighStream, Entry("1-0"));
        _streams.AddNew(LowStream, Entry("2-0"));

        await StartAsync();

        await UntilAsync(() => _processor.Processed.Count == 2, "both entries processed");
        Assert.Equal([(HighStream, "1-0"), (LowStream, "2-0")], _processor.Processed);
        var heartbeat = _host!.Services.GetRequiredService<ConsumerHeartbeat>();
        Assert.True(heartbeat.HasStarted);
        Assert.Equal(0, heartbeat.Busy);
    }

    [Fact]
    public async Task Entries_abandoned_by_a_dead_worker_are_claimed_after_the_reclaim_idle_time_and_processed()
    {
        await StartAsync();
        await UntilAsync(() => !_streams.ClaimIdleTimes.IsEmpty, "the first reclaim");
        _streams.AddAbandoned(HighStream, Entry("7-0"));

        // The next reclaim runs one interval later on the consumer's clock, not before.
        _time.Advance(ReclaimInterval - TimeSpan.FromSeconds(1));
        await Task.Delay(200);
        Assert.Empty(_processor.Processed);

        await AdvanceUntilAsync(TimeSpan.FromSeconds(1), () => _processor.Processed.Count == 1, "the abandoned entry processed");
        Assert.Equal((HighStream, "7-0"), Assert.Single(_processor.Processed));
        Assert.All(_streams.ClaimIdleTimes, idle => Assert.Equal(ReclaimIdleTime, idle));
    }

    [Fact]
    public async Task A_failed_read_is_logged_and_the_loop_backs_off_then_carries_on()
    {
        _streams.FailNextRead(new RedisConnectionException(ConnectionFailureType.SocketFailure, "simulated outage"));
        _streams.AddNew(HighStream, Entry("3-0"));

        await StartAsync();
        await UntilAsync(() => _streams.Reads == 1, "the failed read");
        await Task.Delay(200);
        Assert.Equal(1, _streams.Reads); // Backing off: no read until the backoff has passed on the consumer's clock.

        await AdvanceUntilAsync(OcrJobConsumer.ErrorBackoff, () => _processor.Processed.Count == 1, "the entry processed after the backoff");
    }

    [Fact]
    public async Task Start_up_against_an_unreachable_Redis_is_retried_until_the_consumer_groups_exist()
    {
        _streams.FailNextStart(new RedisConnectionException(ConnectionFailureType.UnableToConnect, "simulated: not up yet"));
        _streams.AddNew(HighStream, Entry("4-0"));

        await StartAsync();
        await UntilAsync(() => _streams.GroupAttempts == 1, "the first start-up attempt");
        await Task.Delay(200);
        Assert.Equal(0, _streams.Reads);
        Assert.False(_streams.Subscribed);

        await AdvanceUntilAsync(OcrJobConsumer.ErrorBackoff, () => _processor.Processed.Count == 1, "the entry processed once started");
        Assert.Equal(2, _streams.GroupAttempts);
        Assert.True(_streams.Subscribed);
    }

    [Fact]
    public async Task A_published_job_wakes_an_idle_loop_at_once()
    {
        await StartAsync();
        await UntilAsync(() => _streams.Reads >= 1 && _streams.Subscribed, "the first, empty read");

        // The poll interval is a minute and the clock stands still: only the wake-up can start the next read.
        _streams.Publish(HighStream, Entry("5-0"));

        await UntilAsync(() => _processor.Processed.Count == 1, "the published entry processed");
    }

    [Fact]
    public async Task A_low_priority_entry_waiting_too_long_is_read_lowest_priority_first()
    {
        _streams.OldestLowPriorityAge = LowPriorityMaxWait + TimeSpan.FromSeconds(1);
        _streams.AddNew(LowStream, Entry("6-0"));

        await StartAsync();

        await UntilAsync(() => _processor.Processed.Count == 1, "the entry processed");
        Assert.True(_streams.LowestFirstFlags.TryPeek(out var lowestFirst) && lowestFirst);
    }

    [Fact]
    public async Task Stopping_the_worker_cancels_the_running_job_ends_every_loop_and_unsubscribes()
    {
        _processor = new RecordingEntryProcessor { HoldUntilStopped = true };
        _streams.AddNew(HighStream, Entry("8-0"));
        await StartAsync();
        await UntilAsync(() => _processor.Processed.Count == 1, "the job running");
        Assert.Equal(1, _host!.Services.GetRequiredService<ConsumerHeartbeat>().Busy);

        await _host.StopAsync().WaitAsync(WaitLimit);

        Assert.Equal(["8-0"], _processor.StoppedWhileRunning);
        Assert.True(_streams.Unsubscribed);
        Assert.Equal(0, _host.Services.GetRequiredService<ConsumerHeartbeat>().Busy);
        var loops = _host.Services.GetRequiredService<LoopMonitor>().Loops;
        Assert.False(loops["reclaim"].Running);
    }

    private async Task StartAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Consumer:Concurrency"] = "1",
            ["Consumer:IdlePollInterval"] = "00:01:00",
            ["Consumer:ReclaimIdleTime"] = ReclaimIdleTime.ToString("c", CultureInfo.InvariantCulture),
            ["Consumer:ReclaimInterval"] = ReclaimInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Consumer:LowPriorityMaxWait"] = LowPriorityMaxWait.ToString("c", CultureInfo.InvariantCulture),
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddSingleton<IJobStreamReader>(_streams);
        builder.Services.AddSingleton<IJobEntryProcessor>(_processor);
        builder.AddBackgroundLoops();
        builder.Services.AddJobConsumer();
        _host = builder.Build();
        await _host.StartAsync().WaitAsync(WaitLimit);
    }

    private static StreamEntry Entry(string id) => new(id, [new NameValueEntry("job_id", Guid.NewGuid().ToString())]);

    /// <summary>
    /// Advances the consumer's clock by <paramref name="step"/> again and again until <paramref name="condition"/> holds:
    /// a timer the consumer sets a moment after the test looked (it runs on the thread pool) still fires.
    /// </summary>
    private async Task AdvanceUntilAsync(TimeSpan step, Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            _time.Advance(step);
            await Task.Delay(50);
        }
    }

    /// <summary>Waits in real time (the consumer runs on the thread pool) until <paramref name="condition"/> holds.</summary>
    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(10);
        }
    }
}

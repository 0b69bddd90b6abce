using OcrAsync.Core.Hosting;
using OcrAsync.Tests.Api.Fakes;
using OcrAsync.Tests.Hosting;

namespace OcrAsync.Tests.Api;

/// <summary>
/// The outbox relay on an in-memory outbox and a recording publisher, with a stepped fake clock: what it publishes,
/// when, and what it records, without Postgres or Redis.
/// </summary>
public sealed class OutboxRelayTests : IAsyncLifetime
{
    private readonly SteppedClock _clock = new();
    private readonly InMemoryOutboxStore _outbox = new();
    private readonly RecordingStreamPublisher _publisher = new();
    private readonly OutboxWakeUp _wakeUp = new();
    private readonly DatabaseMigrationState _schema = new();
    private readonly ServiceProvider _services;
    private readonly OutboxRelay _relay;

    public OutboxRelayTests()
    {
        _services = new ServiceCollection().AddScoped<IOutboxStore>(_ => _outbox).BuildServiceProvider();
        var loop = new BackgroundLoop(new LoopMonitor(_clock), _clock, NullLogger<BackgroundLoop>.Instance);
        _relay = new OutboxRelay(
            _services.GetRequiredService<IServiceScopeFactory>(), _publisher, loop, _wakeUp, _schema, _clock, NullLogger<OutboxRelay>.Instance);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _relay.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        _relay.Dispose();
        _wakeUp.Dispose();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task A_job_never_published_is_published_past_its_grace_period_and_its_dispatch_recorded()
    {
        var stranded = Job(createdAgo: OutboxRelay.GracePeriod + TimeSpan.FromSeconds(1));
        var justSubmitted = Job(createdAgo: OutboxRelay.GracePeriod - TimeSpan.FromSeconds(1));

        await StartAsync();

        // The first pass runs at start: the job within its grace period is left to the request publishing it.
        Assert.Equal([stranded.Id], _publisher.Published);
        Assert.Equal(_clock.GetUtcNow(), _outbox.DispatchedAt(stranded.Id));
        Assert.Null(_outbox.DispatchedAt(justSubmitted.Id));
    }

    [Fact]
    public async Task Nothing_is_looked_up_before_the_schema_is_applied()
    {
        var stranded = Job(createdAgo: OutboxRelay.GracePeriod + TimeSpan.FromSeconds(1));

        await _relay.StartAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.Equal(0, _outbox.Lookups);
        Assert.Empty(_publisher.Published);

        _schema.MarkApplied();
        await _clock.UntilTimersAsync(0);
        Assert.Equal([stranded.Id], _publisher.Published);
    }

    [Fact]
    public async Task Without_a_wake_up_the_relay_looks_again_only_after_the_safety_interval()
    {
        await StartAsync();
        var fromAnotherInstance = Job(createdAgo: TimeSpan.Zero);

        await PublishedOnlyAfterAsync(OutboxRelay.SafetyInterval, fromAnotherInstance);
    }

    [Fact]
    public async Task A_wake_up_publishes_the_job_once_past_its_grace_period_without_waiting_for_the_safety_interval()
    {
        await StartAsync();
        // Committed a moment before its publish stalled past the publish timeout.
        var unpublished = Job(createdAgo: TimeSpan.FromMilliseconds(300));

        var timers = _clock.TimersSet;
        _wakeUp.Signal.Set(); // what PublishFollowUp does when the submit's publish failed or stalled
        await _clock.UntilTimersAsync(timers);

        await PublishedOnlyAfterAsync(OutboxRelay.GracePeriod, unpublished);
    }

    [Fact]
    public async Task A_job_still_queued_long_after_its_dispatch_is_published_again_but_not_a_recent_or_running_one()
    {
        var lost = Job(createdAgo: TimeSpan.FromHours(1), dispatchedAgo: OutboxRelay.RedispatchAfter + TimeSpan.FromSeconds(1));
        var waiting = Job(createdAgo: TimeSpan.FromHours(1), dispatchedAgo: OutboxRelay.RedispatchAfter - TimeSpan.FromSeconds(1));
        var running = Job(createdAgo: TimeSpan.FromHours(1), dispatchedAgo: TimeSpan.FromHours(1), OcrJobStatus.Processing);
        var finished = Job(createdAgo: TimeSpan.FromHours(1), dispatchedAgo: TimeSpan.FromHours(1), OcrJobStatus.Completed);

        await StartAsync();

        Assert.Equal([lost.Id], _publisher.Published);
        Assert.Equal(_clock.GetUtcNow(), _outbox.DispatchedAt(lost.Id));
        Assert.NotEqual(_clock.GetUtcNow(), _outbox.DispatchedAt(waiting.Id));
        Assert.NotEqual(_clock.GetUtcNow(), _outbox.DispatchedAt(running.Id));
        Assert.NotEqual(_clock.GetUtcNow(), _outbox.DispatchedAt(finished.Id));
    }

    [Fact]
    public async Task A_publish_that_fails_leaves_the_job_undispatched_until_a_pass_after_the_backoff_publishes_it()
    {
        var stranded = Job(createdAgo: TimeSpan.FromMinutes(1));
        _publisher.FailNext(1);

        await StartAsync();
        Assert.Empty(_publisher.Published);
        Assert.Null(_outbox.DispatchedAt(stranded.Id));

        await PublishedOnlyAfterAsync(BackgroundLoop.Backoff(OutboxRelay.SafetyInterval, failures: 1), stranded);
    }

    [Fact]
    public async Task Jobs_are_published_oldest_first_one_batch_per_pass()
    {
        var jobs = Enumerable.Range(1, OutboxRelay.BatchSize + 1)
            .Select(i => Job(createdAgo: TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(i % 7 * 1000 + i)))
            .ToList();
        var oldestFirst = jobs.OrderBy(j => j.CreatedAt).Select(j => j.Id).ToList();

        await StartAsync();
        Assert.Equal(oldestFirst.Take(OutboxRelay.BatchSize), _publisher.Published);

        await _clock.RunForAsync(OutboxRelay.SafetyInterval);
        Assert.Equal(oldestFirst, _publisher.Published);
    }

    /// <summary>
    /// Runs the relay's clock to a second before <paramref name="wait"/> is over (nothing published), then to its end: the
    /// job is published and its dispatch recorded.
    /// </summary>
    private async Task PublishedOnlyAfterAsync(TimeSpan wait, OcrJob job)
    {
        await _clock.RunForAsync(wait - TimeSpan.FromSeconds(1));
        Assert.Empty(_publisher.Published);

        await _clock.RunForAsync(TimeSpan.FromSeconds(1));
        Assert.Equal([job.Id], _publisher.Published);
        Assert.Equal(_clock.GetUtcNow(), _outbox.DispatchedAt(job.Id));
    }

    /// <summary>Starts the relay and waits until its first pass is done (it then waits on a timer).</summary>
    private async Task StartAsync()
    {
        _schema.MarkApplied();
        await _relay.StartAsync(CancellationToken.None);
        await _clock.UntilTimersAsync(0);
    }

    private OcrJob Job(TimeSpan createdAgo, TimeSpan? dispatchedAgo = null, OcrJobStatus status = OcrJobStatus.Queued)
    {
        var now = _clock.GetUtcNow();
        var job = JobRows.New("alice", now - createdAgo, status, dispatchedAt: now - dispatchedAgo);
        _outbox.Add(job);
        return job;
    }
}

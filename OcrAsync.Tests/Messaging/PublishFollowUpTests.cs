using OcrAsync.Api.Resilience;

namespace OcrAsync.Tests.Messaging;

public sealed class PublishFollowUpTests : IDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMilliseconds(300);
    private static readonly Guid JobId = Guid.NewGuid();
    private readonly FakeTimeProvider _time = new();
    private readonly OutboxWakeUp _outbox = new();
    private readonly PublishFollowUp _followUp;
    private readonly List<Guid> _recorded = [];

    public PublishFollowUpTests() =>
        _followUp = new PublishFollowUp(_outbox, Options.Create(new AcceptOptions { PublishTimeout = PublishTimeout }), _time,
            NullLogger<PublishFollowUp>.Instance);

    [Fact]
    public async Task A_stalled_publish_holds_nothing_wakes_the_relay_after_the_timeout_and_is_recorded_once_redis_answers()
    {
        var publish = new TaskCompletionSource();

        // The first upload of a Redis freeze: its caller goes on at once, with the publish unanswered.
        var follow = _followUp.FollowAsync(JobId, publish.Task, Record);
        Assert.False(follow.IsCompleted);

        _time.Advance(PublishTimeout);
        await WaitUntilRelayWokenAsync();
        Assert.Empty(_recorded);

        // Redis thawed: the late entry is recorded, so the relay does not publish the job a second time.
        publish.SetResult();
        await follow.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(JobId, Assert.Single(_recorded));
    }

    [Fact]
    public async Task A_publish_answered_in_time_is_recorded_and_leaves_the_relay_asleep()
    {
        var publish = new TaskCompletionSource();
        var follow = _followUp.FollowAsync(JobId, publish.Task, Record);

        _time.Advance(PublishTimeout / 2);
        publish.SetResult();
        await follow.WaitAsync(TimeSpan.FromSeconds(10));
        _time.Advance(PublishTimeout);

        Assert.Equal(JobId, Assert.Single(_recorded));
        Assert.False(RelayWoken());
    }

    [Fact]
    public async Task A_failed_publish_wakes_the_relay_and_records_nothing()
    {
        var publish = new TaskCompletionSource();
        var follow = _followUp.FollowAsync(JobId, publish.Task, Record);

        publish.SetException(new InvalidOperationException("No connection is active"));
        await follow.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(_recorded);
        Assert.True(RelayWoken());
    }

    [Fact]
    public async Task A_dispatch_that_cannot_be_recorded_is_left_to_the_relay_without_a_fault()
    {
        var follow = _followUp.FollowAsync(Guid.NewGuid(), Task.CompletedTask, _ => throw new InvalidOperationException("recorder stopped"));

        await follow.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(follow.IsCompletedSuccessfully);
    }

    public void Dispose() => _outbox.Dispose();

    private void Record(Guid jobId)
    {
        lock (_recorded)
        {
            _recorded.Add(jobId);
        }
    }

    /// <summary>Takes the wake-up if there is one (it is kept until a wait takes it); leaves no wait behind.</summary>
    private bool RelayWoken()
    {
        using var stop = new CancellationTokenSource();
        var wait = _outbox.Signal.WaitAsync(stop.Token);
        var woken = wait.IsCompletedSuccessfully;
        stop.Cancel();
        return woken;
    }

    private async Task WaitUntilRelayWokenAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _outbox.Signal.WaitAsync(timeout.Token);
    }
}

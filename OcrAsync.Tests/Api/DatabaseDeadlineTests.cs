using OcrAsync.Api.Resilience;

namespace OcrAsync.Tests.Api;

/// <summary>
/// A database step past its deadline, on a fake clock: the submit is answered 503 only once the cancelled step has
/// ended (its pooled DbContext must be idle before the request returns it), or after the grace if it never ends.
/// </summary>
public sealed class DatabaseDeadlineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);
    private readonly FakeTimeProvider _time = new();
    private readonly DatabaseDeadline _deadline;

    public DatabaseDeadlineTests() =>
        _deadline = new DatabaseDeadline(
            Options.Create(new AcceptOptions { DatabaseTimeout = Timeout, CancelGrace = Grace }), _time, NullLogger<DatabaseDeadline>.Instance);

    [Fact]
    public async Task A_step_answered_in_time_returns_its_result()
    {
        var result = await _deadline.RunAsync(_ => Task.FromResult(42), CancellationToken.None);

        Assert.Equal(42, result);
    }

    [Fact]
    public async Task A_step_past_the_deadline_is_cancelled_and_the_503_waits_until_the_step_has_ended()
    {
        var step = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = _deadline.RunAsync(ct =>
        {
            ct.Register(() => cancelled.TrySetResult());
            return step.Task;
        }, CancellationToken.None);

        _time.Advance(Timeout);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(Settle);
        Assert.False(run.IsCompleted, "answered while the cancelled step was still using the DbContext");

        // The driver ends the cancelled command a moment later, as Npgsql does once the server confirms the cancel.
        step.SetException(new OperationCanceledException());
        var failure = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("did not answer within 5 s", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_that_never_ends_is_abandoned_after_the_grace_so_the_client_still_hears_503_in_bounded_time()
    {
        var never = new TaskCompletionSource<int>();
        var run = _deadline.RunAsync(_ => never.Task, CancellationToken.None);

        _time.Advance(Timeout);
        await Task.Delay(Settle);
        Assert.False(run.IsCompleted);

        for (var i = 0; i < 100 && !run.IsCompleted; i++)
        {
            _time.Advance(Grace);
            await Task.Delay(Settle);
        }

        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => run.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}

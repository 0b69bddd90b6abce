using Microsoft.Extensions.Diagnostics.HealthChecks;
using OcrAsync.Core.Hosting;
using OcrAsync.Tests.Notifications;
using StackExchange.Redis;

namespace OcrAsync.Tests.Hosting;

public sealed class BackgroundLoopTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly RecordingLogger<BackgroundLoop> _logger = new();
    private readonly LoopMonitor _monitor;
    private readonly BackgroundLoop _loop;

    public BackgroundLoopTests()
    {
        _monitor = new LoopMonitor(_time);
        _loop = new BackgroundLoop(_monitor, _time, _logger);
    }

    /// <summary>What a stalled Redis, a reconnect and a frozen Postgres throw: none of them may end a loop.</summary>
    public static TheoryData<string> Faults => ["redis-timeout", "task-cancelled", "operation-cancelled", "redis-connection", "timeout", "bug"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_step_that_throws_is_retried_after_a_backoff_and_the_loop_reports_unhealthy_until_it_succeeds(string fault)
    {
        using var stopping = new CancellationTokenSource();
        var calls = 0;
        var run = _loop.RunAsync("test", TimeSpan.FromSeconds(2), _ =>
        {
            calls++;
            return calls <= 2 ? Task.FromException(Fault(fault)) : Task.CompletedTask;
        }, stopping.Token);

        Assert.Equal(1, calls);
        Assert.False(run.IsCompleted);
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync()).Status);

        // First backoff is the interval (2 s), the second doubles it (4 s).
        _time.Advance(TimeSpan.FromSeconds(2));
        await WaitForAsync(() => _logger.Warnings.Count == 2);
        await Task.Delay(50); // lets the loop start its backoff before the clock moves on
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(2, calls);
        _time.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(() => calls == 3);

        // The step has returned; the loop records the success right after it.
        for (var i = 0; i < 100 && (await CheckAsync()).Status != HealthStatus.Healthy; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
        Assert.Equal(2, _logger.Warnings.Count);
        Assert.False(run.IsCompleted);

        await stopping.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(run.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Stopping_ends_the_loop_quietly_even_while_a_step_fails_because_of_it()
    {
        using var stopping = new CancellationTokenSource();
        var stepStarted = new TaskCompletionSource();
        var run = _loop.RunAsync("test", TimeSpan.FromSeconds(1), async ct =>
        {
            stepStarted.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
        }, stopping.Token);
        await stepStarted.Task;

        await stopping.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(run.IsCompletedSuccessfully);
        Assert.Empty(_logger.Warnings);
        Assert.False(_monitor.Loops["test"].Running);
    }

    [Fact]
    public async Task A_loop_that_has_ended_while_the_host_runs_makes_the_health_check_unhealthy()
    {
        _monitor.Started("relay");
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);

        _monitor.Stopped("relay");
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("relay has stopped", result.Description);
    }

    [Fact]
    public async Task A_wake_up_runs_the_next_step_at_once_and_without_one_the_interval_still_does()
    {
        using var stopping = new CancellationTokenSource();
        using var wakeUp = new LoopWakeUp();
        var calls = 0;
        var run = _loop.RunAsync("test", TimeSpan.FromMinutes(1), wakeUp.WaitAsync, _ =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        }, stopping.Token);
        Assert.Equal(1, Volatile.Read(ref calls));

        wakeUp.Set(); // no time passes
        await WaitForAsync(() => Volatile.Read(ref calls) == 2);

        await Task.Delay(50); // lets the loop start waiting again before the clock moves on
        _time.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(50);
        Assert.Equal(2, Volatile.Read(ref calls));
        _time.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(() => Volatile.Read(ref calls) == 3);

        await stopping.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(3, Volatile.Read(ref calls));
    }

    [Fact]
    public async Task After_a_failure_a_wake_up_does_not_cut_the_backoff_short()
    {
        using var stopping = new CancellationTokenSource();
        using var wakeUp = new LoopWakeUp();
        var calls = 0;
        var run = _loop.RunAsync("test", TimeSpan.FromMinutes(1), wakeUp.WaitAsync, _ =>
            Interlocked.Increment(ref calls) == 1 ? Task.FromException(Fault("redis-timeout")) : Task.CompletedTask, stopping.Token);

        wakeUp.Set();
        await Task.Delay(100);
        Assert.Equal(1, Volatile.Read(ref calls));
        _time.Advance(BackgroundLoop.MaxBackoff);
        // The timer's continuation may run the second step and, with the kept wake-up, the third before this looks.
        await WaitForAsync(() => Volatile.Read(ref calls) >= 2);

        // The wake-up kept from during the backoff runs the step once more, at once.
        await WaitForAsync(() => Volatile.Read(ref calls) == 3);
        await stopping.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Backoff_doubles_from_the_interval_and_stays_under_the_cap()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), BackgroundLoop.Backoff(TimeSpan.FromMilliseconds(100), 1));
        Assert.Equal(TimeSpan.FromSeconds(4), BackgroundLoop.Backoff(TimeSpan.FromSeconds(2), 2));
        Assert.Equal(BackgroundLoop.MaxBackoff, BackgroundLoop.Backoff(TimeSpan.FromSeconds(2), 50));
    }

    private Task<HealthCheckResult> CheckAsync() =>
        new BackgroundLoopHealthCheck(_monitor, new RunningHost()).CheckHealthAsync(new HealthCheckContext());

    private static Exception Fault(string fault) => fault switch
    {
        "redis-timeout" => new RedisTimeoutException("Timeout awaiting response", CommandStatus.Sent),
        "task-cancelled" => new TaskCanceledException("The connection came back and cancelled what waited on it"),
        "operation-cancelled" => new OperationCanceledException("Cancelled, but not by the host"),
        "redis-connection" => new RedisConnectionException(ConnectionFailureType.SocketFailure, "No connection"),
        "timeout" => new TimeoutException("Postgres did not answer"),
        _ => new InvalidOperationException("A bug in the step"),
    };

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private sealed class RunningHost : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}

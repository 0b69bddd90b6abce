namespace OcrAsync.Tests.Hosting;

/// <summary>
/// A fake clock that knows the timers set on it, so a test can move a background loop through time the way the loop
/// itself schedules: to its next timer, then wait until the loop has done its step and set the next one. No sleeps, no
/// race between the loop arming a timer and the test moving the clock.
/// </summary>
public sealed class SteppedClock() : FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture))
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private int _timersSet;
    private DateTimeOffset _lastDue = DateTimeOffset.MaxValue;

    public int TimersSet { get { lock (_gate) { return _timersSet; } } }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
        {
            _timersSet++;
            _lastDue = GetUtcNow() + dueTime;
        }

        return timer;
    }

    /// <summary>Waits in real time until the loop has set more than <paramref name="count"/> timers.</summary>
    public async Task UntilTimersAsync(int count)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (TimersSet <= count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the loop set no timer after {count} (it hangs or ended)");
            await Task.Delay(5);
        }
    }

    /// <summary>
    /// Moves the clock by <paramref name="duration"/>, stopping at each timer the loop set last so that it runs its
    /// step at that instant and sets its next timer before the clock moves on.
    /// </summary>
    public async Task RunForAsync(TimeSpan duration)
    {
        var end = GetUtcNow() + duration;
        while (true)
        {
            int count;
            DateTimeOffset due;
            lock (_gate)
            {
                (count, due) = (_timersSet, _lastDue);
            }

            if (due > end)
            {
                Advance(end - GetUtcNow());
                return;
            }

            Advance(due - GetUtcNow());
            await UntilTimersAsync(count);
        }
    }
}

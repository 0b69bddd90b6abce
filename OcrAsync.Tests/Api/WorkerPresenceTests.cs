using OcrAsync.Api.Fallback;
using OcrAsync.Core.Hosting;
using OcrAsync.Tests.Api.Fakes;
using OcrAsync.Tests.Hosting;

namespace OcrAsync.Tests.Api;

/// <summary>
/// When the API believes no worker is alive (and runs uploads itself), on scripted worker reports and a stepped fake
/// clock, without Redis: the start-up grace, the absence window after the newest heartbeat, and a Redis that cannot be
/// read, which never counts as workers gone.
/// </summary>
public sealed class WorkerPresenceTests : IAsyncLifetime
{
    private static readonly TimeSpan AbsentAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StartupGrace = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private readonly SteppedClock _clock = new();
    private readonly ScriptedWorkerStatusSource _workers = new();
    private readonly WorkerPresence _presence;

    public WorkerPresenceTests()
    {
        var loop = new BackgroundLoop(new LoopMonitor(_clock), _clock, NullLogger<BackgroundLoop>.Instance);
        var options = Options.Create(new FallbackOptions { Enabled = true, WorkerAbsentAfter = AbsentAfter, StartupGrace = StartupGrace });
        _presence = new WorkerPresence(_workers, loop, options, _clock);
    }

    public async Task InitializeAsync()
    {
        await _presence.StartAsync(CancellationToken.None);
        await _clock.UntilTimersAsync(0);
    }

    public async Task DisposeAsync()
    {
        await _presence.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        _presence.Dispose();
    }

    [Fact]
    public async Task Workers_count_as_present_through_the_start_up_grace_then_as_absent_when_none_has_reported()
    {
        await _clock.RunForAsync(StartupGrace);
        Assert.True(_presence.AnyWorkerAlive());

        await _clock.RunForAsync(OneSecond);
        Assert.False(_presence.AnyWorkerAlive());
    }

    [Fact]
    public async Task A_heartbeat_keeps_workers_present_for_the_absence_window_after_it()
    {
        await AWorkerReportedOnceAsync();
        Assert.True(_presence.AnyWorkerAlive());

        await _clock.RunForAsync(AbsentAfter - WorkerPresence.RefreshInterval);
        Assert.True(_presence.AnyWorkerAlive());
        await _clock.RunForAsync(OneSecond);
        Assert.False(_presence.AnyWorkerAlive());
    }

    [Fact]
    public async Task While_workers_report_the_heartbeats_are_read_every_few_seconds_not_every_second()
    {
        await AWorkerReportedOnceAsync();
        var reads = _workers.Reads;

        await _clock.RunForAsync(WorkerPresence.ReportingRefreshInterval * 2);

        Assert.Equal(reads + 2, _workers.Reads);
    }

    [Fact]
    public async Task While_workers_report_the_loop_sleeps_until_a_read_is_due_instead_of_waking_every_second()
    {
        await AWorkerReportedOnceAsync();
        var (reads, wakeUps) = (_workers.Reads, _clock.TimersSet);

        // The worker goes on reporting every 5 s: one read, and one wake-up, per refresh interval.
        for (var i = 0; i < 3; i++)
        {
            _workers.Report("worker-1", _clock.GetUtcNow());
            await _clock.RunForAsync(WorkerPresence.ReportingRefreshInterval);
        }

        Assert.Equal(reads + 3, _workers.Reads);
        Assert.Equal(wakeUps + 3, _clock.TimersSet);
        Assert.True(_presence.AnyWorkerAlive());
    }

    [Fact]
    public async Task Once_the_newest_heartbeat_is_old_the_heartbeats_are_read_every_second_again()
    {
        await AWorkerReportedOnceAsync();

        // The worker stops reporting: reads stay 5 s apart until its heartbeat is ReportingWithin old, then every second.
        await _clock.RunForAsync(WorkerPresence.ReportingWithin);
        var reads = _workers.Reads;
        await _clock.RunForAsync(TimeSpan.FromSeconds(3));

        Assert.Equal(reads + 3, _workers.Reads);
    }

    [Fact]
    public async Task A_worker_seen_before_Redis_lost_its_data_still_counts_for_the_window()
    {
        await AWorkerReportedOnceAsync();

        _workers.Forget();
        await _clock.RunForAsync(AbsentAfter - WorkerPresence.RefreshInterval);
        Assert.True(_presence.AnyWorkerAlive());
        await _clock.RunForAsync(OneSecond);
        Assert.False(_presence.AnyWorkerAlive());
    }

    [Fact]
    public async Task A_failed_read_keeps_workers_present_for_the_absence_window_after_it()
    {
        await PastTheGraceWithNoWorkerAsync();

        _workers.FailReads = true;
        var reads = _workers.Reads;
        await _clock.RunForAsync(WorkerPresence.RefreshInterval);
        Assert.Equal(reads + 1, _workers.Reads);
        Assert.True(_presence.AnyWorkerAlive()); // workers cannot report while Redis is away

        // Redis answers again (the loop reads after its backoff) and still no worker reports.
        _workers.FailReads = false;
        await _clock.RunForAsync(AbsentAfter);
        Assert.True(_presence.AnyWorkerAlive());
        Assert.True(_workers.Reads > reads + 1);
        await _clock.RunForAsync(OneSecond);
        Assert.False(_presence.AnyWorkerAlive());
    }

    [Fact]
    public async Task A_lost_connection_keeps_workers_present_for_the_absence_window_after_it()
    {
        await PastTheGraceWithNoWorkerAsync();

        _workers.Disturb();
        Assert.True(_presence.AnyWorkerAlive());

        await _clock.RunForAsync(AbsentAfter);
        Assert.True(_presence.AnyWorkerAlive());
        await _clock.RunForAsync(OneSecond);
        Assert.False(_presence.AnyWorkerAlive());
    }

    [Fact]
    public async Task A_read_that_hangs_counts_as_Redis_away_once_it_is_unanswered_longer_than_a_read_takes()
    {
        await PastTheGraceWithNoWorkerAsync();
        _workers.HangReads = true;
        var reads = _workers.Reads;

        // The next read starts and never returns: the loop sets no timer, so the clock is moved by hand.
        _clock.Advance(WorkerPresence.RefreshInterval);
        await UntilAsync(() => _workers.Reads == reads + 1);
        _clock.Advance(WorkerPresence.ReadHangsAfter);
        Assert.False(_presence.AnyWorkerAlive());

        _clock.Advance(OneSecond);
        Assert.True(_presence.AnyWorkerAlive());
    }

    [Fact]
    public async Task While_a_read_hangs_a_heartbeat_ageing_past_the_window_is_not_a_worker_gone()
    {
        await PastTheGraceWithNoWorkerAsync();
        // A worker last seen 20 s ago (its reports lag on a busy host), read a second later.
        _workers.Report("worker-1", _clock.GetUtcNow() - TimeSpan.FromSeconds(20));
        await _clock.RunForAsync(WorkerPresence.RefreshInterval);
        Assert.True(_presence.AnyWorkerAlive());

        // Redis freezes: the next read (a second later, the heartbeat being old) never returns.
        _workers.HangReads = true;
        var reads = _workers.Reads;
        _clock.Advance(WorkerPresence.RefreshInterval);
        await UntilAsync(() => _workers.Reads == reads + 1);

        // The heartbeat is now past the window while the last good read is not yet stale: the read in flight tells.
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(_presence.AnyWorkerAlive());
    }

    /// <summary>Runs the loop past the start-up grace with no report, so that presence now answers false.</summary>
    private async Task PastTheGraceWithNoWorkerAsync()
    {
        await _clock.RunForAsync(StartupGrace + OneSecond);
        Assert.False(_presence.AnyWorkerAlive());
    }

    /// <summary>Past the grace with no worker, then one reports and presence reads it (a second later).</summary>
    private async Task AWorkerReportedOnceAsync()
    {
        await PastTheGraceWithNoWorkerAsync();
        _workers.Report("worker-1", _clock.GetUtcNow());
        await _clock.RunForAsync(WorkerPresence.RefreshInterval);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(5);
        }
    }
}

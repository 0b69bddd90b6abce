using Microsoft.EntityFrameworkCore;
using static OcrAsync.Tests.Upkeep.UpkeepData;

namespace OcrAsync.Tests.Upkeep;

/// <summary>Each schedule runs on one replica only, however many look for it at the same moment.</summary>
[Collection(UpkeepStoreCollection.Name)]
public sealed class OneReplicaTests(UpkeepStoreFixture stores) : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Retention:Results"] = "90.00:00:00",
        ["Upkeep:RetentionEvery"] = "01:00:00",
        ["Upkeep:DeadLetterTrimEvery"] = "01:00:00",
        ["Upkeep:StuckSweepEvery"] = "01:00:00",
    };

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2032, 6, 1, 0, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => ResetAsync(stores);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_replicas_looking_at_the_same_moment_run_each_schedule_once_per_period()
    {
        const int Periods = 15;
        using var first = new UpkeepReplica(stores, _clock, Settings);
        using var second = new UpkeepReplica(stores, _clock, Settings);
        var runs = new Dictionary<string, int>(StringComparer.Ordinal);
        var bothRanOne = 0;
        for (var period = 0; period < Periods; period++)
        {
            // Work for every schedule each period, so a second run would have something to remove too.
            await AddAsync(stores, Job(OcrJobStatus.Completed, _clock.GetUtcNow().AddDays(-100), _clock.GetUtcNow().AddDays(-95)));
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var looks = new[] { first, second }.Select(async replica =>
            {
                await start.Task;
                return await replica.RunDueAsync();
            }).ToList();
            start.SetResult();
            var ran = await Task.WhenAll(looks);

            foreach (var schedule in ran.SelectMany(r => r.Keys))
            {
                runs[schedule] = runs.GetValueOrDefault(schedule) + 1;
            }

            bothRanOne += ran[0].Keys.Intersect(ran[1].Keys).Count();
            _clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(0, bothRanOne);
        Assert.Equal(
            new[] { UpkeepSchedule.UploadFiles, UpkeepSchedule.Results, UpkeepSchedule.DeadLetters, UpkeepSchedule.StuckJobs }.Select(s => (s.Name, Periods)).Order(),
            runs.Select(r => (r.Key, r.Value)).Order());
        Assert.Empty(await JobIdsAsync(stores));
    }

    [Fact]
    public async Task A_replica_skips_a_schedule_while_another_holds_its_lock_and_runs_it_once_released()
    {
        await AddAsync(stores, Job(OcrJobStatus.Completed, _clock.GetUtcNow().AddDays(-31), _clock.GetUtcNow().AddDays(-31)));
        using var replica = new UpkeepReplica(stores, _clock, Settings);

        // Another replica in the middle of the file retention run: it holds the schedule's advisory lock.
        await using (var other = stores.CreateDbContext())
        await using (var transaction = await other.Database.BeginTransactionAsync())
        {
            var key = UpkeepSchedule.UploadFiles.LockKey;
            Assert.True(await other.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({UpkeepSchedule.LockSpace}, {key}) AS \"Value\"").SingleAsync());

            var ran = await replica.RunDueAsync();

            Assert.DoesNotContain(UpkeepSchedule.UploadFiles.Name, ran.Keys);
            Assert.Contains(UpkeepSchedule.DeadLetters.Name, ran.Keys);
            Assert.Single(await JobsWithFilesAsync(stores));
            await transaction.RollbackAsync();
        }

        // The other replica died before recording its run (rolled back): the schedule is still due, and runs here.
        Assert.Equal(1, (await replica.RunDueAsync())[UpkeepSchedule.UploadFiles.Name]);
        Assert.Empty(await JobsWithFilesAsync(stores));
    }
}

using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using static OcrAsync.Tests.Upkeep.UpkeepData;

namespace OcrAsync.Tests.Upkeep;

/// <summary>What each schedule removes, and when, on a real Postgres and Redis with a fake clock.</summary>
[Collection(UpkeepStoreCollection.Name)]
public sealed class RetentionTests(UpkeepStoreFixture stores) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2031, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => ResetAsync(stores);

    public Task DisposeAsync() => Task.CompletedTask;

    private DateTimeOffset DaysAgo(double days) => _clock.GetUtcNow() - TimeSpan.FromDays(days);

    [Fact]
    public async Task Upload_bytes_of_finished_jobs_older_than_Retention_Files_are_deleted_and_nothing_else()
    {
        var completedOld = Job(OcrJobStatus.Completed, DaysAgo(31), DaysAgo(31));
        var failedOld = Job(OcrJobStatus.Failed, DaysAgo(40), DaysAgo(40));
        var cancelledOld = Job(OcrJobStatus.Cancelled, DaysAgo(30.01), DaysAgo(30));
        var completedYoung = Job(OcrJobStatus.Completed, DaysAgo(29.5), DaysAgo(29.4));
        var queuedOld = Job(OcrJobStatus.Queued, DaysAgo(45));
        var processingOld = Job(OcrJobStatus.Processing, DaysAgo(45), leaseExpiresAt: _clock.GetUtcNow().AddMinutes(1));
        await AddAsync(stores, completedOld, failedOld, cancelledOld, completedYoung, queuedOld, processingOld);
        using var replica = new UpkeepReplica(stores, _clock);

        var ran = await replica.RunDueAsync();

        Assert.Equal(3, ran[UpkeepSchedule.UploadFiles.Name]);
        Assert.Equal(new[] { completedYoung.Id, queuedOld.Id, processingOld.Id }.Order(), (await JobsWithFilesAsync(stores)).Order());
        // The jobs and their results stay: only the bytes go.
        Assert.Equal(6, (await JobIdsAsync(stores)).Count);
        Assert.DoesNotContain(UpkeepSchedule.Results.Name, ran.Keys);

        // Not due again within the hour; due after it, and then the young one has come of age too.
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.DoesNotContain(UpkeepSchedule.UploadFiles.Name, (await replica.RunDueAsync()).Keys);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await replica.RunDueAsync())[UpkeepSchedule.UploadFiles.Name]);
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, (await replica.RunDueAsync())[UpkeepSchedule.UploadFiles.Name]);
        Assert.Equal(new[] { processingOld.Id, queuedOld.Id }.Order(), (await JobsWithFilesAsync(stores)).Order());
    }

    [Fact]
    public async Task Retention_Files_is_read_from_configuration()
    {
        var fiveDays = Job(OcrJobStatus.Completed, DaysAgo(5), DaysAgo(5));
        var oneDay = Job(OcrJobStatus.Completed, DaysAgo(1), DaysAgo(1));
        await AddAsync(stores, fiveDays, oneDay);
        using var replica = new UpkeepReplica(stores, _clock, new Dictionary<string, string?> { ["Retention:Files"] = "3.00:00:00" });

        Assert.Equal(1, (await replica.RunDueAsync())[UpkeepSchedule.UploadFiles.Name]);
        Assert.Equal(oneDay.Id, Assert.Single(await JobsWithFilesAsync(stores)));
    }

    [Fact]
    public async Task Whole_results_are_deleted_after_Retention_Results_when_it_is_set()
    {
        var old = Job(OcrJobStatus.Completed, DaysAgo(100), DaysAgo(91));
        var oldFailed = Job(OcrJobStatus.Failed, DaysAgo(100), DaysAgo(95));
        var young = Job(OcrJobStatus.Completed, DaysAgo(100), DaysAgo(89));
        var stillQueued = Job(OcrJobStatus.Queued, DaysAgo(100));
        await AddAsync(stores, old, oldFailed, young, stillQueued);

        using (var unset = new UpkeepReplica(stores, _clock))
        {
            Assert.DoesNotContain(UpkeepSchedule.Results.Name, (await unset.RunDueAsync()).Keys);
            Assert.Equal(4, (await JobIdsAsync(stores)).Count);
        }

        using var replica = new UpkeepReplica(stores, _clock, new Dictionary<string, string?> { ["Retention:Results"] = "90.00:00:00" });
        Assert.Equal(2, (await replica.RunDueAsync())[UpkeepSchedule.Results.Name]);

        Assert.Equal(new[] { stillQueued.Id, young.Id }.Order(), (await JobIdsAsync(stores)).Order());
        await using var db = stores.CreateDbContext();
        Assert.Equal(2, await db.JobPages.CountAsync());
    }

    [Fact]
    public async Task Dead_letter_streams_lose_entries_past_the_age_then_past_the_length()
    {
        var redis = stores.Redis.GetDatabase();
        var start = DaysAgo(40).ToUnixTimeMilliseconds();
        // 5 entries 40 days old, 12 from the last day, on the OCR stream; 3 recent ones on the training stream.
        for (var i = 0; i < 5; i++)
        {
            await redis.StreamAddAsync(OcrStreams.DeadLetterStream, "job_id", $"old-{i}", messageId: $"{start + i}-0");
        }

        var recent = DaysAgo(1).ToUnixTimeMilliseconds();
        for (var i = 0; i < 12; i++)
        {
            await redis.StreamAddAsync(OcrStreams.DeadLetterStream, "job_id", $"new-{i}", messageId: $"{recent + i}-0");
        }

        for (var i = 0; i < 3; i++)
        {
            await redis.StreamAddAsync(AiStreams.DeadLetterStream, "job_id", $"ai-{i}", messageId: $"{recent + i}-0");
        }

        using var replica = new UpkeepReplica(stores, _clock, new Dictionary<string, string?> { ["Upkeep:DeadLetterMaxLength"] = "10" });

        Assert.Equal(5 + 2, (await replica.RunDueAsync())[UpkeepSchedule.DeadLetters.Name]);

        var left = await redis.StreamRangeAsync(OcrStreams.DeadLetterStream);
        Assert.Equal(Enumerable.Range(2, 10).Select(i => $"new-{i}"), left.Select(e => e["job_id"].ToString()));
        Assert.Equal(3, await redis.StreamLengthAsync(AiStreams.DeadLetterStream));
    }

    [Fact]
    public async Task Jobs_processing_under_a_lease_long_run_out_are_queued_again_for_the_outbox_or_cancelled_if_asked()
    {
        var now = _clock.GetUtcNow();
        var abandoned = Job(OcrJobStatus.Processing, DaysAgo(1), leaseExpiresAt: now.AddMinutes(-11));
        var abandonedCancelled = Job(OcrJobStatus.Processing, DaysAgo(1), leaseExpiresAt: now.AddMinutes(-30));
        abandonedCancelled.CancelRequestedAt = now.AddMinutes(-40);
        var recentlyExpired = Job(OcrJobStatus.Processing, DaysAgo(1), leaseExpiresAt: now.AddMinutes(-9));
        var running = Job(OcrJobStatus.Processing, DaysAgo(1), leaseExpiresAt: now.AddMinutes(1));
        var completed = Job(OcrJobStatus.Completed, DaysAgo(1), DaysAgo(1));
        await AddAsync(stores, abandoned, abandonedCancelled, recentlyExpired, running, completed);
        using var replica = new UpkeepReplica(stores, _clock);

        Assert.Equal(2, (await replica.RunDueAsync())[UpkeepSchedule.StuckJobs.Name]);

        await using var db = stores.CreateDbContext();
        var jobs = await db.Jobs.AsNoTracking().ToDictionaryAsync(j => j.Id);
        Assert.Equal(OcrJobStatus.Queued, jobs[abandoned.Id].Status);
        Assert.Null(jobs[abandoned.Id].DispatchedAt); // the outbox relay publishes it again
        Assert.Null(jobs[abandoned.Id].LeaseExpiresAt);
        Assert.Equal(OcrJobStatus.Cancelled, jobs[abandonedCancelled.Id].Status);
        Assert.Equal(now, jobs[abandonedCancelled.Id].CompletedAt);
        Assert.Equal(OcrJobStatus.Processing, jobs[recentlyExpired.Id].Status);
        Assert.Equal(OcrJobStatus.Processing, jobs[running.Id].Status);
        Assert.NotNull(jobs[recentlyExpired.Id].DispatchedAt);
        Assert.Equal(OcrJobStatus.Completed, jobs[completed.Id].Status);
    }

    [Fact]
    public async Task Each_run_records_what_it_removed_as_a_metric_tagged_with_its_schedule()
    {
        await AddAsync(stores, Job(OcrJobStatus.Completed, DaysAgo(31), DaysAgo(31)), Job(OcrJobStatus.Failed, DaysAgo(32), DaysAgo(32)));
        using var replica = new UpkeepReplica(stores, _clock);
        var meter = replica.Metrics.Meter; // resolved first: the listener's callback must not build the singleton
        var recorded = new List<(string Schedule, long Count)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter && instrument.Name == "ocr.upkeep.removed")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "schedule")
                {
                    recorded.Add(((string)tag.Value!, value));
                }
            }
        });
        listener.Start();

        await replica.RunDueAsync();

        Assert.Contains((UpkeepSchedule.UploadFiles.Name, 2L), recorded);
        Assert.Contains((UpkeepSchedule.DeadLetters.Name, 0L), recorded);
        Assert.Contains((UpkeepSchedule.StuckJobs.Name, 0L), recorded);
    }
}

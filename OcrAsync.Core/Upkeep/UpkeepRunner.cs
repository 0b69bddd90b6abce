namespace OcrAsync.Core.Upkeep;

/// <summary>
/// One look at every schedule: each due one runs here unless another replica has it (see <see cref="ScheduleGate"/>).
/// The orphan file sweep is one of them when uploads live outside Postgres (<paramref name="orphanFiles"/> registered).
/// </summary>
public sealed class UpkeepRunner(
    ScheduleGate gate,
    JobRetention jobRetention,
    DeadLetterTrim deadLetters,
    JobStore jobs,
    OcrMetrics metrics,
    IOptions<RetentionOptions> retention,
    IOptions<UpkeepOptions> options,
    IOptions<StorageOptions> storage,
    TimeProvider timeProvider,
    OrphanUploadSweeper? orphanFiles = null)
{
    /// <summary>The schedules that ran here and what each removed.</summary>
    public async Task<IReadOnlyDictionary<string, long>> RunDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var ran = new Dictionary<string, long>(StringComparer.Ordinal);
        var lastRuns = await gate.LastRunsAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        await RunAsync(UpkeepSchedule.UploadFiles, settings.RetentionEvery,
            ct => jobRetention.DeleteUploadsAsync(timeProvider.GetUtcNow() - retention.Value.Files, settings.BatchSize, ct));
        if (retention.Value.Results is { } keepResults)
        {
            await RunAsync(UpkeepSchedule.Results, settings.RetentionEvery,
                ct => jobRetention.DeleteJobsAsync(timeProvider.GetUtcNow() - keepResults, settings.BatchSize, ct));
        }

        await RunAsync(UpkeepSchedule.DeadLetters, settings.DeadLetterTrimEvery,
            ct => deadLetters.TrimAsync(timeProvider.GetUtcNow() - settings.DeadLetterMaxAge, settings.DeadLetterMaxLength, ct));
        await RunAsync(UpkeepSchedule.StuckJobs, settings.StuckSweepEvery,
            async ct => await jobs.RequeueAbandonedAsync(timeProvider.GetUtcNow() - settings.StuckAfter, ct));
        if (orphanFiles is not null)
        {
            await RunAsync(UpkeepSchedule.OrphanFiles, storage.Value.SweepInterval,
                async ct => await orphanFiles.SweepAsync(storage.Value.OrphanAge, ct));
        }

        return ran;

        async Task RunAsync(UpkeepSchedule schedule, TimeSpan every, Func<CancellationToken, Task<long>> work)
        {
            if (lastRuns.TryGetValue(schedule.Name, out var lastRun) && now - lastRun < every)
            {
                return;
            }

            if (await gate.TryRunAsync(schedule, every, work, cancellationToken) is { } removed)
            {
                ran[schedule.Name] = removed;
                metrics.UpkeepRemoved(schedule.Name, removed);
            }
        }
    }
}

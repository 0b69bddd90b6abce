using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Core.Upkeep;

/// <summary>
/// Runs a schedule on one replica only, however many run: inside one transaction the replica takes the schedule's
/// Postgres advisory lock (pg_try_advisory_xact_lock, never waiting), reads when the schedule last ran, does the work
/// and records the run. A replica that cannot take the lock, or finds the run recorded less than a period ago, skips.
/// The lock ends with the transaction, so a replica that dies mid-run releases it and rolls its run back.
/// </summary>
public sealed class ScheduleGate(OcrDbContext db, TimeProvider timeProvider)
{
    /// <summary>
    /// When each schedule last ran, read in one query without a lock: a look at schedules none of which is due costs
    /// one statement instead of a transaction per schedule. A due one is checked again under its lock.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastRunsAsync(CancellationToken cancellationToken) =>
        await db.UpkeepRuns.AsNoTracking().ToDictionaryAsync(r => r.Schedule, r => r.LastRunAt, StringComparer.Ordinal, cancellationToken);

    /// <summary>What the work removed, or null when the schedule was not due here (another replica has it, or had it).</summary>
    public Task<long?> TryRunAsync(UpkeepSchedule schedule, TimeSpan every, Func<CancellationToken, Task<long>> work, CancellationToken cancellationToken)
    {
        // Aspire's retrying execution strategy allows a transaction only as one retriable unit; the work is idempotent.
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(ct => RunLockedAsync(schedule, every, work, ct), cancellationToken);
    }

    private async Task<long?> RunLockedAsync(UpkeepSchedule schedule, TimeSpan every, Func<CancellationToken, Task<long>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({UpkeepSchedule.LockSpace}, {schedule.LockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!locked)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        var lastRun = await db.UpkeepRuns.AsNoTracking()
            .Where(r => r.Schedule == schedule.Name)
            .Select(r => (DateTimeOffset?)r.LastRunAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (now - lastRun < every)
        {
            return null;
        }

        var removed = await work(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO upkeep_runs ("Schedule", "LastRunAt", "LastRemoved") VALUES ({schedule.Name}, {now}, {removed})
            ON CONFLICT ("Schedule") DO UPDATE SET "LastRunAt" = EXCLUDED."LastRunAt", "LastRemoved" = EXCLUDED."LastRemoved"
            """,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }
}

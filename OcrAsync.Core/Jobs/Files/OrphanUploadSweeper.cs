using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// Deletes upload files (blobs, directory files) that no job row has: uploads whose commit failed in a way that left
/// them, and files of jobs deleted since (retention). Only files written at least a minimum age ago are looked at, so
/// an upload whose job is still being committed is never taken for an orphan. Idempotent: replicas running it at once
/// do no harm.
/// </summary>
public sealed partial class OrphanUploadSweeper(IUploadFileListing files, OcrDbContext db, TimeProvider timeProvider, ILogger<OrphanUploadSweeper> logger)
{
    /// <summary>Deletes the orphans written at least <paramref name="minimumAge"/> ago; returns how many.</summary>
    public async Task<int> SweepAsync(TimeSpan minimumAge, CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - minimumAge;
        var deleted = 0;
        await foreach (var page in files.ListAsync(cancellationToken))
        {
            var candidates = page.Where(f => f.WrittenAt <= cutoff).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var ids = candidates.Select(f => f.JobId).ToList();
            var withJob = (await db.Jobs.AsNoTracking().Where(j => ids.Contains(j.Id)).Select(j => j.Id).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var orphan in candidates.Where(f => !withJob.Contains(f.JobId)))
            {
                deleted += await files.DeleteAsync(orphan, cancellationToken) ? 1 : 0;
            }
        }

        if (deleted > 0)
        {
            LogSwept(logger, deleted);
        }

        return deleted;
    }

    [LoggerMessage(LogLevel.Information, "Orphan sweep deleted {Count} upload file(s) without a job")]
    private static partial void LogSwept(ILogger logger, int count);
}

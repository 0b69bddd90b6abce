using Microsoft.EntityFrameworkCore;
using OcrAsync.Core.Data;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Core.Upkeep;

/// <summary>
/// What the retention schedules delete (<see cref="RetentionOptions"/>), a batch per statement. Queued or processing
/// jobs keep everything whatever their age: a worker still needs them.
/// </summary>
public sealed class JobRetention(OcrDbContext db)
{
    /// <summary>
    /// The uploaded bytes of finished jobs created before the cutoff; the job row and its result stay. The one place that
    /// deletes uploads, so that another file store only has to be plugged in here.
    /// </summary>
    public Task<long> DeleteUploadsAsync(DateTimeOffset createdBefore, int batchSize, CancellationToken cancellationToken) =>
        BatchedDelete.RunAsync(batchSize, size => db.JobFiles
            .Where(f => db.Jobs.Any(j => j.Id == f.JobId && j.CreatedAt < createdBefore
                && j.Status != OcrJobStatus.Queued && j.Status != OcrJobStatus.Processing))
            .OrderBy(f => f.JobId)
            .Take(size)
            .ExecuteDeleteAsync(cancellationToken));

    /// <summary>Whole finished jobs completed before the cutoff: the row, its file, pages and training jobs (cascade).</summary>
    public Task<long> DeleteJobsAsync(DateTimeOffset completedBefore, int batchSize, CancellationToken cancellationToken) =>
        BatchedDelete.RunAsync(batchSize, size => db.Jobs
            .Where(j => j.CompletedAt < completedBefore && j.Status != OcrJobStatus.Queued && j.Status != OcrJobStatus.Processing)
            .OrderBy(j => j.Id)
            .Take(size)
            .ExecuteDeleteAsync(cancellationToken));
}

using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Core.Upkeep;

/// <summary>
/// What the retention schedules delete (<see cref="RetentionOptions"/>), a batch per statement. Queued or processing
/// jobs keep everything whatever their age: a worker still needs them.
/// </summary>
public sealed class JobRetention(OcrDbContext db, IUploadFileListing? filesOutsidePostgres = null)
{
    /// <summary>
    /// The uploaded bytes of finished jobs created before the cutoff; the job row and its result stay. The one place that
    /// deletes uploads: rows of ocr_job_files (the Postgres store's, or those kept there before a switch to another store),
    /// and the files of a store outside Postgres (Blob, Directory).
    /// </summary>
    public async Task<long> DeleteUploadsAsync(DateTimeOffset createdBefore, int batchSize, CancellationToken cancellationToken)
    {
        var rows = await DeleteRowsAsync(createdBefore, batchSize, cancellationToken);
        return filesOutsidePostgres is { } files ? rows + await DeleteFilesAsync(files, createdBefore, cancellationToken) : rows;
    }

    private Task<long> DeleteRowsAsync(DateTimeOffset createdBefore, int batchSize, CancellationToken cancellationToken) =>
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

    /// <summary>
    /// A page of files at a time: those written before the cutoff whose job is finished and was created before it (a file
    /// is written after its job's CreatedAt, so none is missed for long: a later run takes it).
    /// </summary>
    private async Task<long> DeleteFilesAsync(IUploadFileListing files, DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        long deleted = 0;
        await foreach (var page in files.ListAsync(cancellationToken))
        {
            var old = page.Where(f => f.WrittenAt < createdBefore).ToList();
            var ids = old.Select(f => f.JobId).ToList();
            var finished = ids.Count == 0 ? [] : (await db.Jobs.AsNoTracking()
                .Where(j => ids.Contains(j.Id) && j.CreatedAt < createdBefore
                    && j.Status != OcrJobStatus.Queued && j.Status != OcrJobStatus.Processing)
                .Select(j => j.Id)
                .ToListAsync(cancellationToken)).ToHashSet();
            foreach (var file in old.Where(f => finished.Contains(f.JobId)))
            {
                deleted += await files.DeleteAsync(file, cancellationToken) ? 1 : 0;
            }
        }

        return deleted;
    }
}

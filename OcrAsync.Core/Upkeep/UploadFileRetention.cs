using Microsoft.EntityFrameworkCore;
using OcrAsync.Core.Data;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Core.Upkeep;

/// <summary>
/// Deletes the uploaded bytes of finished jobs created before a cutoff; the job row and its result stay. The one
/// place that deletes uploads, so that another file store only has to be plugged in here.
/// </summary>
public sealed class UploadFileRetention(OcrDbContext db)
{
    public Task<long> DeleteUploadsAsync(DateTimeOffset createdBefore, int batchSize, CancellationToken cancellationToken) =>
        // Queued or processing jobs keep their file whatever their age: a worker still needs it.
        BatchedDelete.RunAsync(batchSize, size => db.JobFiles
            .Where(f => db.Jobs.Any(j => j.Id == f.JobId && j.CreatedAt < createdBefore
                && j.Status != OcrJobStatus.Queued && j.Status != OcrJobStatus.Processing))
            .OrderBy(f => f.JobId)
            .Take(size)
            .ExecuteDeleteAsync(cancellationToken));
}

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
    public async Task<long> DeleteUploadsAsync(DateTimeOffset createdBefore, int batchSize, CancellationToken cancellationToken)
    {
        long total = 0;
        while (true)
        {
            // Queued or processing jobs keep their file whatever their age: a worker still needs it.
            var deleted = await db.JobFiles
                .Where(f => db.Jobs.Any(j => j.Id == f.JobId && j.CreatedAt < createdBefore
                    && j.Status != OcrJobStatus.Queued && j.Status != OcrJobStatus.Processing))
                .OrderBy(f => f.JobId)
                .Take(batchSize)
                .ExecuteDeleteAsync(cancellationToken);
            total += deleted;
            if (deleted < batchSize)
            {
                return total;
            }
        }
    }
}

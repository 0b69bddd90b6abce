using Microsoft.EntityFrameworkCore;
using OcrAsync.Core.Data;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Core.Upkeep;

/// <summary>Deletes whole finished jobs completed before a cutoff: the row, its file, pages and training jobs (cascade).</summary>
public sealed class ResultRetention(OcrDbContext db)
{
    public Task<long> DeleteJobsAsync(DateTimeOffset completedBefore, int batchSize, CancellationToken cancellationToken) =>
        BatchedDelete.RunAsync(batchSize, size => db.Jobs
            .Where(j => j.CompletedAt < completedBefore && j.Status != OcrJobStatus.Queued && j.Status != OcrJobStatus.Processing)
            .OrderBy(j => j.Id)
            .Take(size)
            .ExecuteDeleteAsync(cancellationToken));
}

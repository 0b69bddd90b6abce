using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Core.Jobs.Files;

/// <summary>Uploads in the ocr_job_files table: the file row is inserted in the job's own transaction.</summary>
public sealed class PostgresUploadFileStore(OcrDbContext db) : IUploadFileStore
{
    public Task SaveWithJobAsync(OcrJob job, byte[] content, Func<CancellationToken, Task> commitJob, CancellationToken cancellationToken)
    {
        job.File = new OcrJobFile { JobId = job.Id, Content = content };
        return commitJob(cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(Guid jobId, CancellationToken cancellationToken) =>
        await db.JobFiles.Where(f => f.JobId == jobId).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);

    public Task DeleteAsync(Guid jobId, CancellationToken cancellationToken) =>
        db.JobFiles.Where(f => f.JobId == jobId).ExecuteDeleteAsync(cancellationToken);
}

namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// Every upload's bytes are written, read and deleted here, whatever holds them (<see cref="StorageProvider"/>).
/// Scoped: the Postgres store shares the request's <see cref="Data.OcrDbContext"/> so that file and job commit together.
/// </summary>
public interface IUploadFileStore
{
    /// <summary>
    /// Stores <paramref name="content"/> as the file of <paramref name="job"/> (already added to the context) and runs
    /// <paramref name="commitJob"/>, the caller's SaveChanges: once it returns, job and file are both stored; when it
    /// throws, neither is kept (or the file is left to <see cref="OrphanUploadSweeper"/> when the commit's outcome is unknown).
    /// </summary>
    Task SaveWithJobAsync(OcrJob job, byte[] content, Func<CancellationToken, Task> commitJob, CancellationToken cancellationToken);

    /// <summary>The job's file, or null when there is none.</summary>
    Task<byte[]?> ReadAsync(Guid jobId, CancellationToken cancellationToken);

    /// <summary>Deletes the job's file if there is one (cancellations, retention); the job row stays.</summary>
    Task DeleteAsync(Guid jobId, CancellationToken cancellationToken);
}

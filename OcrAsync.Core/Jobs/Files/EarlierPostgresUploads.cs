namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// A store outside Postgres (Blob, Directory) that still finds uploads stored in ocr_job_files before the switch to it:
/// run mode's default changed from Postgres to Directory, and jobs queued before an upgrade must not lose their files.
/// New uploads go only to <paramref name="current"/>; the Postgres row is read only when the current store has no file.
/// </summary>
public sealed class EarlierPostgresUploads(IUploadFileStore current, PostgresUploadFileStore earlier) : IUploadFileStore
{
    public Task SaveWithJobAsync(OcrJob job, byte[] content, Func<CancellationToken, Task> commitJob, CancellationToken cancellationToken) =>
        current.SaveWithJobAsync(job, content, commitJob, cancellationToken);

    public async Task<byte[]?> ReadAsync(Guid jobId, CancellationToken cancellationToken) =>
        await current.ReadAsync(jobId, cancellationToken) ?? await earlier.ReadAsync(jobId, cancellationToken);

    public async Task DeleteAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await current.DeleteAsync(jobId, cancellationToken);
        await earlier.DeleteAsync(jobId, cancellationToken);
    }
}

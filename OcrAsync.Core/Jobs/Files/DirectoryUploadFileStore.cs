namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// Uploads as files named by job id in `Storage:Directory`, a directory the API and the workers share. The file is
/// made durable before the job row is committed (written to a `.part` file, fsynced, renamed to its name, the directory
/// fsynced), so a job never exists without its file; a crash before the commit leaves only a file without a job, which
/// <see cref="OrphanUploadSweeper"/> removes. Postgres keeps just the job row.
/// </summary>
public sealed class DirectoryUploadFileStore(IOptions<StorageOptions> options, ILogger<DirectoryUploadFileStore> logger)
    : IUploadFileStore, IUploadFileListing
{
    private const string PartSuffix = ".part";
    private const int PageSize = 500;

    private readonly string _directory = Path.GetFullPath(options.Value.Directory
        ?? throw new InvalidOperationException("Storage:Provider=Directory needs Storage:Directory, the directory of the uploads."));

    private readonly bool _directWrite = options.Value.DirectWrite;

    public async Task SaveWithJobAsync(OcrJob job, byte[] content, Func<CancellationToken, Task> commitJob, CancellationToken cancellationToken)
    {
        try
        {
            await DiskThread.RunAsync(() => WriteDurably(job.Id, content, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FileStoreUnavailableException($"The upload directory did not store the upload: {ex.Message}", ex);
        }

        await CommitAfterFile.RunAsync(job.Id, commitJob, () => DeleteAsync(job.Id, CancellationToken.None), logger, cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(Guid jobId, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(PathOf(jobId), cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task DeleteAsync(Guid jobId, CancellationToken cancellationToken)
    {
        DeleteFile(PathOf(jobId));
        return Task.CompletedTask;
    }

    public IAsyncEnumerable<IReadOnlyList<StoredUpload>> ListAsync(CancellationToken cancellationToken) =>
        ListPages(cancellationToken).ToAsyncEnumerable();

    public Task<bool> DeleteAsync(StoredUpload upload, CancellationToken cancellationToken) =>
        Task.FromResult(DeleteFile(Path.Combine(_directory, upload.Name)));

    private string PathOf(Guid jobId) => Path.Combine(_directory, jobId.ToString("D"));

    private void WriteDurably(Guid jobId, byte[] content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = PathOf(jobId);
        var part = path + PartSuffix;
        try
        {
            WritePart(part, content);
            // rename(2) is atomic: the job's name only ever holds a whole, synced file.
            File.Move(part, path);
            DirectorySync.Flush(_directory);
        }
        catch
        {
            DeleteFile(part);
            throw;
        }
    }

    private void WritePart(string part, byte[] content)
    {
        try
        {
            WriteNew(part, content);
        }
        catch (IOException ex) when (ex is DirectoryNotFoundException or FileNotFoundException)
        {
            // The first upload (or the directory was removed): create it, durably, and write again. A file created new
            // cannot be missing: .NET reports the missing directory as a missing file when another upload has created
            // the directory between the open and its check (3 of a burst of 52 on a fresh system were answered 503).
            Directory.CreateDirectory(_directory);
            DirectorySync.Flush(Path.GetDirectoryName(_directory)!);
            WriteNew(part, content);
        }
    }

    /// <summary>Creates the file with the content, synced: directly where the file system allows (see <see cref="DirectFileWrite"/>).</summary>
    private void WriteNew(string part, byte[] content)
    {
        if (_directWrite && DirectFileWrite.TryWriteNew(part, content))
        {
            return;
        }

        using var stream = NewFile(part);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    private static FileStream NewFile(string path) =>
        new(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 });

    private IEnumerable<IReadOnlyList<StoredUpload>> ListPages(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_directory))
        {
            yield break;
        }

        var page = new List<StoredUpload>(PageSize);
        foreach (var file in new DirectoryInfo(_directory).EnumerateFiles())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stem = file.Name.EndsWith(PartSuffix, StringComparison.Ordinal) ? file.Name[..^PartSuffix.Length] : file.Name;
            if (!Guid.TryParseExact(stem, "D", out var jobId))
            {
                continue; // Not ours.
            }

            page.Add(new StoredUpload(jobId, file.LastWriteTimeUtc, file.Name));
            if (page.Count == PageSize)
            {
                yield return page;
                page = new List<StoredUpload>(PageSize);
            }
        }

        if (page.Count > 0)
        {
            yield return page;
        }
    }

    /// <summary>Deletes the file if it is there; false when it was not.</summary>
    private static bool DeleteFile(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
    }
}

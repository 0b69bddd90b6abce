namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// A store that keeps uploads outside Postgres, seen as its list of files, so that upkeep can find the files no job
/// row has (<see cref="OrphanUploadSweeper"/>) and those of jobs finished long ago (retention).
/// </summary>
public interface IUploadFileListing
{
    /// <summary>Every file named by a job id (anything else is not ours), a page at a time.</summary>
    IAsyncEnumerable<IReadOnlyList<StoredUpload>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Deletes one listed file; false when it was already gone.</summary>
    Task<bool> DeleteAsync(StoredUpload upload, CancellationToken cancellationToken);
}

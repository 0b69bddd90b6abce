using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// Uploads as blobs named by job id. The blob is written before the job row is committed, so a job never exists
/// without its file; a commit that Postgres refused deletes the blob at once, and a blob whose commit outcome is unknown
/// (timeout, lost connection) is left to <see cref="OrphanBlobSweeper"/>, which deletes it only if no job row has it.
/// </summary>
public sealed partial class BlobUploadFileStore(BlobContainerClient container, ILogger<BlobUploadFileStore> logger) : IUploadFileStore
{
    public static string BlobNameOf(Guid jobId) => jobId.ToString("D");

    public async Task SaveWithJobAsync(OcrJob job, byte[] content, Func<CancellationToken, Task> commitJob, CancellationToken cancellationToken)
    {
        try
        {
            await UploadAsync(job, content, cancellationToken);
        }
        catch (Exception ex) when (IsUnavailable(ex))
        {
            throw new FileStoreUnavailableException($"Blob storage did not store the upload: {ex.Message}", ex);
        }

        try
        {
            await commitJob(cancellationToken);
        }
        catch (Exception ex) when (IsRolledBack(ex))
        {
            await DeleteBestEffortAsync(job.Id);
            throw;
        }
        catch (Exception ex)
        {
            LogLeftForSweep(logger, job.Id, ex.GetType().Name);
            throw;
        }
    }

    public async Task<byte[]?> ReadAsync(Guid jobId, CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.GetBlobClient(BlobNameOf(jobId)).DownloadContentAsync(cancellationToken);
            return download.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public Task DeleteAsync(Guid jobId, CancellationToken cancellationToken) =>
        container.DeleteBlobIfExistsAsync(BlobNameOf(jobId), DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);

    private async Task UploadAsync(OcrJob job, byte[] content, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(BlobNameOf(job.Id));
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = job.ContentType } };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // A fresh storage account (or emulator): the first upload creates the container.
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
        }
    }

    /// <summary>Blob storage away (the client's retries gave up: AggregateException) or failing on its side (5xx).</summary>
    private static bool IsUnavailable(Exception exception) =>
        exception is AggregateException or TimeoutException or RequestFailedException { Status: 0 or >= 500 };

    /// <summary>Postgres answered with an error: the transaction is rolled back and the job row certainly absent.</summary>
    private static bool IsRolledBack(Exception exception) =>
        exception is PostgresException || exception is DbUpdateException { InnerException: PostgresException };

    private async Task DeleteBestEffortAsync(Guid jobId)
    {
        try
        {
            await DeleteAsync(jobId, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogDeleteFailed(logger, ex, jobId);
        }
    }

    [LoggerMessage(LogLevel.Warning, "The job {JobId} was not committed ({Reason}); its blob is left for the orphan sweep")]
    private static partial void LogLeftForSweep(ILogger logger, Guid jobId, string reason);

    [LoggerMessage(LogLevel.Warning, "The blob of uncommitted job {JobId} could not be deleted; the orphan sweep will")]
    private static partial void LogDeleteFailed(ILogger logger, Exception exception, Guid jobId);
}

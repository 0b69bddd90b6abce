using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// Uploads as blobs named by job id. The blob is written before the job row is committed, so a job never exists
/// without its file (<see cref="CommitAfterFile"/> for a commit that fails).
/// </summary>
public sealed class BlobUploadFileStore(BlobContainerClient container, ILogger<BlobUploadFileStore> logger) : IUploadFileStore, IUploadFileListing
{
    private const int PageSize = 500;

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

        await CommitAfterFile.RunAsync(job.Id, commitJob, () => DeleteAsync(job.Id, CancellationToken.None), logger, cancellationToken);
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

    public async IAsyncEnumerable<IReadOnlyList<StoredUpload>> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken).AsPages(pageSizeHint: PageSize).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await NextPageAsync(pages))
            {
                yield return pages.Current.Values
                    .Select(b => Guid.TryParseExact(b.Name, "D", out var id) && b.Properties.LastModified is { } written
                        ? new StoredUpload(id, written, b.Name) : null)
                    .OfType<StoredUpload>()
                    .ToList();
            }
        }
        finally
        {
            await pages.DisposeAsync();
        }
    }

    public async Task<bool> DeleteAsync(StoredUpload upload, CancellationToken cancellationToken) =>
        (await container.DeleteBlobIfExistsAsync(upload.Name, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)).Value;

    /// <summary>The next page of blobs; none when the container does not exist yet (nothing uploaded).</summary>
    private static async Task<bool> NextPageAsync(IAsyncEnumerator<Page<BlobItem>> pages)
    {
        try
        {
            return await pages.MoveNextAsync();
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            return false;
        }
    }

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
}

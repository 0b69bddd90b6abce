using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcrAsync.Core.Data;

namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// Deletes upload blobs that no job row has: uploads whose commit failed in a way that left them, and files of jobs
/// deleted since (retention). Only blobs older than a minimum age are looked at, so an upload whose job is still
/// being committed is never taken for an orphan. Idempotent: replicas running it at once do no harm.
/// </summary>
public sealed partial class OrphanBlobSweeper(BlobContainerClient container, OcrDbContext db, TimeProvider timeProvider, ILogger<OrphanBlobSweeper> logger)
{
    private const int PageSize = 500;

    /// <summary>Deletes the orphans last modified at least <paramref name="minimumAge"/> ago; returns how many.</summary>
    public async Task<int> SweepAsync(TimeSpan minimumAge, CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - minimumAge;
        var deleted = 0;
        try
        {
            await foreach (var page in container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken).AsPages(pageSizeHint: PageSize))
            {
                deleted += await DeleteOrphansAsync(page.Values, cutoff, cancellationToken);
            }
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            return 0; // Nothing uploaded yet.
        }

        if (deleted > 0)
        {
            LogSwept(logger, deleted);
        }

        return deleted;
    }

    private async Task<int> DeleteOrphansAsync(IReadOnlyList<BlobItem> blobs, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // Blobs not named by a job id are not ours to delete.
        var candidates = blobs
            .Where(b => b.Properties.LastModified <= cutoff)
            .Select(b => Guid.TryParseExact(b.Name, "D", out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToList();
        if (candidates.Count == 0)
        {
            return 0;
        }

        var withJob = await db.Jobs.AsNoTracking().Where(j => candidates.Contains(j.Id)).Select(j => j.Id).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var orphan in candidates.Except(withJob))
        {
            var response = await container.DeleteBlobIfExistsAsync(
                BlobUploadFileStore.BlobNameOf(orphan), DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
            deleted += response.Value ? 1 : 0;
        }

        return deleted;
    }

    [LoggerMessage(LogLevel.Information, "Orphan sweep deleted {Count} upload blob(s) without a job")]
    private static partial void LogSwept(ILogger logger, int count);
}

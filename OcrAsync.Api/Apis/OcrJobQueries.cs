using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Api.Apis;

/// <summary>
/// The caller's own jobs, as the polled endpoints read them: a job of another user is not there, so its id gets the
/// answer of an unknown one and leaks nothing.
/// </summary>
internal static class OcrJobQueries
{
    /// <summary>The caller's own job, untracked; null for an unknown id or another user's job. Compiled once: it runs on every status poll.</summary>
    public static readonly Func<OcrDbContext, Guid, string, CancellationToken, Task<OcrJob?>> OwnJob =
        EF.CompileAsyncQuery((OcrDbContext db, Guid id, string userId, CancellationToken cancellationToken) =>
            db.Jobs.AsNoTracking().FirstOrDefault(j => j.Id == id && j.UserId == userId));

    /// <summary>The files of the caller's bulk upload, oldest first; empty for an unknown batch or another user's.</summary>
    public static Task<List<BatchItemResponse>> OwnBatch(OcrDbContext db, Guid batchId, string userId, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking()
            .Where(j => j.BatchId == batchId && j.UserId == userId)
            .OrderBy(j => j.CreatedAt)
            .Select(j => new BatchItemResponse(j.Id, j.TaskId, j.FileName, j.Status, j.Progress, j.ErrorMessage))
            .ToListAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using OcrAsync.Core.Data;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Api.Apis;

/// <summary>Queries run on every poll, compiled once: no expression tree to build and look up per request.</summary>
internal static class OcrJobQueries
{
    /// <summary>The caller's own job, untracked; null for an unknown id or another user's job.</summary>
    public static readonly Func<OcrDbContext, Guid, string, CancellationToken, Task<OcrJob?>> OwnJob =
        EF.CompileAsyncQuery((OcrDbContext db, Guid id, string userId, CancellationToken cancellationToken) =>
            db.Jobs.AsNoTracking().FirstOrDefault(j => j.Id == id && j.UserId == userId));
}

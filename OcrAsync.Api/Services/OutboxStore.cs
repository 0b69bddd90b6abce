using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Api.Services;

/// <summary>The outbox in the jobs table: a job with no <see cref="OcrJob.DispatchedAt"/> has not reached its stream.</summary>
public sealed class OutboxStore(OcrDbContext db) : IOutboxStore
{
    /// <summary>Which jobs <see cref="IOutboxStore.FindPendingAsync"/> returns (one rule for Postgres and the tests' store).</summary>
    public static Expression<Func<OcrJob, bool>> Pending(DateTimeOffset undispatchedBefore, DateTimeOffset redispatchBefore) =>
        j => (j.DispatchedAt == null && j.CreatedAt < undispatchedBefore)
            || (j.Status == OcrJobStatus.Queued && j.DispatchedAt < redispatchBefore);

    public async Task<IReadOnlyList<OcrJob>> FindPendingAsync(
        DateTimeOffset undispatchedBefore, DateTimeOffset redispatchBefore, int max, CancellationToken cancellationToken) =>
        await db.Jobs
            .Where(Pending(undispatchedBefore, redispatchBefore))
            .OrderBy(j => j.CreatedAt)
            .Take(max)
            .ToListAsync(cancellationToken);

    public async Task MarkDispatchedAsync(OcrJob job, DateTimeOffset at, CancellationToken cancellationToken)
    {
        job.DispatchedAt = at;
        await db.SaveChangesAsync(cancellationToken);
    }
}

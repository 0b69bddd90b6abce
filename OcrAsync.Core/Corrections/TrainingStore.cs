using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Core.Corrections;

/// <summary>
/// The words kept for learning, and training job state changes; like <see cref="Jobs.JobStore"/>, each change is one
/// conditional UPDATE so two deliveries never both run a training job and a finished one is never overwritten.
/// </summary>
public sealed class TrainingStore(OcrDbContext db, TimeProvider timeProvider) : IRecognizedPageStore
{
    /// <summary>Stores (or replaces, on a retried job) the pages' words and boxes.</summary>
    public Task SavePagesAsync(Guid jobId, IReadOnlyList<OcrPageResult> pages, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(pages, OcrJsonOptions.Default);
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO ocr_job_pages ("JobId", "PagesJson") VALUES ({jobId}, {json}) ON CONFLICT ("JobId") DO UPDATE SET "PagesJson" = EXCLUDED."PagesJson" """,
            cancellationToken);
    }

    public async Task<IReadOnlyList<OcrPageResult>?> LoadPagesAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var json = await db.JobPages.Where(p => p.JobId == jobId).Select(p => p.PagesJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<List<OcrPageResult>>(json, OcrJsonOptions.Default);
    }

    public Task<TrainingJob?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.TrainingJobs.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    /// <summary>Training jobs whose stream entry was never written (Redis was away when the correction came in).</summary>
    public async Task<IReadOnlyList<Guid>> UndispatchedAsync(TimeSpan olderThan, int count, CancellationToken cancellationToken)
    {
        var before = timeProvider.GetUtcNow() - olderThan;
        return await db.TrainingJobs
            .Where(t => t.DispatchedAt == null && t.Status == TrainingJobStatus.Queued && t.CreatedAt < before)
            .OrderBy(t => t.CreatedAt).Select(t => t.Id).Take(count)
            .ToListAsync(cancellationToken);
    }

    public Task MarkDispatchedAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return db.TrainingJobs.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.DispatchedAt, now), cancellationToken);
    }

    /// <summary>Takes the training job if it is queued, or processing under a lease that has run out.</summary>
    public async Task<bool> TryClaimAsync(Guid id, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var updated = await db.TrainingJobs
            .Where(t => t.Id == id
                && (t.Status == TrainingJobStatus.Queued || (t.Status == TrainingJobStatus.Processing && t.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, TrainingJobStatus.Processing)
                .SetProperty(t => t.Attempts, t => t.Attempts + 1)
                .SetProperty(t => t.LeaseExpiresAt, now + lease),
                cancellationToken);
        return updated == 1;
    }

    public Task RecordRetryAsync(Guid id, string error, TimeSpan delay, TimeSpan lease, CancellationToken cancellationToken)
    {
        var leaseExpiresAt = timeProvider.GetUtcNow() + delay + lease;
        return WhileProcessing(id).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Attempts, t => t.Attempts + 1)
            .SetProperty(t => t.LastError, JobLifecycle.ErrorText(error))
            .SetProperty(t => t.LeaseExpiresAt, leaseExpiresAt),
            cancellationToken);
    }

    public Task CompleteAsync(Guid id, Guid templateId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return WhileProcessing(id).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Status, TrainingJobStatus.Completed)
            .SetProperty(t => t.TemplateId, templateId)
            .SetProperty(t => t.CompletedAt, now)
            .SetProperty(t => t.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(t => t.ErrorMessage, (string?)null),
            cancellationToken);
    }

    public Task FailAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return db.TrainingJobs
            .Where(t => t.Id == id && (t.Status == TrainingJobStatus.Queued || t.Status == TrainingJobStatus.Processing))
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, TrainingJobStatus.Failed)
                .SetProperty(t => t.CompletedAt, now)
                .SetProperty(t => t.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(t => t.ErrorMessage, JobLifecycle.ErrorText(reason)),
                cancellationToken);
    }


    private IQueryable<TrainingJob> WhileProcessing(Guid id) =>
        db.TrainingJobs.Where(t => t.Id == id && t.Status == TrainingJobStatus.Processing);
}

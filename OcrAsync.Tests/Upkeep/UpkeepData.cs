using Microsoft.EntityFrameworkCore;
using OcrAsync.Core.Corrections;

namespace OcrAsync.Tests.Upkeep;

/// <summary>Rows and stream entries for the upkeep tests, on an emptied store.</summary>
public static class UpkeepData
{
    public static async Task ResetAsync(UpkeepStoreFixture stores)
    {
        await using var db = stores.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("TRUNCATE ocr_jobs, upkeep_runs CASCADE");
        foreach (var stream in DeadLetterTrim.Streams)
        {
            await stores.Redis.GetDatabase().KeyDeleteAsync(stream);
        }
    }

    /// <summary>A job with its upload (and its recognised pages, to see a whole-job delete cascade).</summary>
    public static OcrJob Job(OcrJobStatus status, DateTimeOffset createdAt, DateTimeOffset? completedAt = null, DateTimeOffset? leaseExpiresAt = null)
    {
        var job = JobRows.New("upkeep-test", createdAt, status, dispatchedAt: createdAt, fileSize: 3);
        job.CompletedAt = completedAt;
        job.LeaseExpiresAt = leaseExpiresAt;
        job.File = new OcrJobFile { Content = [1, 2, 3] };
        return job;
    }

    public static async Task AddAsync(UpkeepStoreFixture stores, params OcrJob[] jobs)
    {
        await using var db = stores.CreateDbContext();
        db.Jobs.AddRange(jobs);
        db.JobPages.AddRange(jobs.Select(j => new OcrJobPages { JobId = j.Id, PagesJson = "[]" }));
        await db.SaveChangesAsync();
    }

    public static async Task<HashSet<Guid>> JobsWithFilesAsync(UpkeepStoreFixture stores)
    {
        await using var db = stores.CreateDbContext();
        return [.. await db.JobFiles.Select(f => f.JobId).ToListAsync()];
    }

    public static async Task<HashSet<Guid>> JobIdsAsync(UpkeepStoreFixture stores)
    {
        await using var db = stores.CreateDbContext();
        return [.. await db.Jobs.Select(j => j.Id).ToListAsync()];
    }
}

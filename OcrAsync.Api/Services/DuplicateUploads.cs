using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Api.Services;

/// <summary>
/// The same file (by SHA-256) submitted again by the same user with the same language, template and confidence
/// threshold takes the finished result of the earlier job instead of being read again. Never across users; priority
/// does not matter. A template changed (or, for the automatic choice, any of the user's templates added or changed)
/// since the earlier job finished could read the file differently, so that result is not reused.
/// </summary>
public sealed class DuplicateUploads(OcrDbContext db)
{
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The newest completed job that may stand for this upload, or null.</summary>
    public async Task<OcrJob?> FindFinishedAsync(string userId, string contentHash, UploadSettings settings, CancellationToken cancellationToken)
    {
        var templateId = settings.TemplateId?.ToString();
        var finished = await db.Jobs.AsNoTracking()
            .Where(j => j.UserId == userId && j.ContentHash == contentHash && j.Status == OcrJobStatus.Completed
                && j.ConfidenceThreshold == settings.ConfidenceThreshold && j.Language == settings.Language && j.TemplateId == templateId)
            .OrderByDescending(j => j.CompletedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (finished?.CompletedAt is not { } completedAt)
        {
            return null;
        }

        var templatesChanged = await db.Templates.AnyAsync(
            t => t.OwnerId == userId && (settings.TemplateId == null || t.Id == settings.TemplateId) && t.UpdatedAt > completedAt,
            cancellationToken);
        return templatesChanged ? null : finished;
    }

    /// <summary>A new job of this submission, completed at once with the earlier job's result.</summary>
    public static void CopyResult(OcrJob job, OcrJob finished, DateTimeOffset now)
    {
        job.Status = OcrJobStatus.Completed;
        job.Progress = 100;
        job.StatusMessage = JobLifecycle.Reused;
        job.ReusedFromId = finished.ReusedFromId ?? finished.Id;
        job.ExtractedText = finished.ExtractedText;
        job.ExtractedDataJson = finished.ExtractedDataJson;
        job.ConfidenceScore = finished.ConfidenceScore;
        job.ProcessingTimeSeconds = 0;
        job.StartedAt = now;
        job.CompletedAt = now;
        // Nothing to publish (and the submitter stores no file for it).
        job.DispatchedAt = now;
    }
}

using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Api.Apis;

public static class RecentJobsApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>GET /api/ocr-async/recent: the caller's latest jobs, newest first (<c>limit</c> 1–100, default 20).</summary>
    public static async Task<Results<Ok<List<RecentJobResponse>>, ProblemHttpResult, UnauthorizedHttpResult>> GetRecent(
        ClaimsPrincipal user,
        OcrDbContext db,
        int? limit,
        LinkGenerator links,
        CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        if (limit is < 1 or > MaxLimit)
        {
            return ApiProblems.BadRequest("Invalid limit", $"'limit' must be between 1 and {MaxLimit}.");
        }

        var jobs = await db.Jobs.AsNoTracking()
            .Where(j => j.UserId == userId)
            .OrderByDescending(j => j.CreatedAt)
            .Take(limit ?? DefaultLimit)
            .Select(j => new RecentJobResponse(
                j.Id,
                j.TaskId,
                j.FileName,
                j.Status,
                j.Progress,
                j.StatusMessage ?? "",
                j.Priority,
                j.CreatedAt,
                j.CompletedAt,
                j.ConfidenceScore,
                j.ErrorMessage,
                string.Empty))
            .ToListAsync(cancellationToken);
        // The link comes from the status route, as every other status link does, not from a path written again here.
        return TypedResults.Ok(jobs.ConvertAll(j => j with { CheckStatusUrl = OcrApi.StatusUrl(links, j.OcrResultId) }));
    }
}

using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Api.Security;

/// <summary>Caps the jobs one user may have waiting, so one client cannot fill the queue for everyone.</summary>
public sealed class UserQueueQuota(OcrDbContext db, DatabaseDeadline deadline, IOptions<AbuseOptions> options)
{
    public async Task<ProblemHttpResult?> CheckAsync(string userId, int newJobs, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxQueuedJobsPerUser;
        var waiting = await deadline.RunAsync(ct => db.Jobs.CountAsync(
            j => j.UserId == userId && (j.Status == OcrJobStatus.Queued || j.Status == OcrJobStatus.Processing), ct), cancellationToken);
        if (waiting + newJobs <= limit)
        {
            return null;
        }

        return ApiProblems.Create(
            StatusCodes.Status429TooManyRequests,
            "Too many queued jobs",
            $"You have {waiting} job(s) waiting; the limit is {limit}. Submit more when some have finished.");
    }
}

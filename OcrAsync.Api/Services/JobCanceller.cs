using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Api.Services;

/// <summary>
/// Cancels in Postgres, not in worker memory, so a cancellation survives restarts of every process.
/// Each step is one conditional UPDATE, so a job that changes state meanwhile is seen in its new state.
/// </summary>
public sealed partial class JobCanceller(
    OcrDbContext db, IUploadFileStore files, IJobNotifier notifier, TimeProvider timeProvider, ILogger<JobCanceller> logger)
{
    public async Task<(CancelOutcome Outcome, OcrJob? Job)> CancelAsync(Guid taskId, string userId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var mine = db.Jobs.Where(j => j.TaskId == taskId && j.UserId == userId);

        var cancelled = await mine.Where(j => j.Status == OcrJobStatus.Queued).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, OcrJobStatus.Cancelled)
            .SetProperty(j => j.StatusMessage, JobLifecycle.CancelledByUser)
            .SetProperty(j => j.CancelRequestedAt, now)
            .SetProperty(j => j.CompletedAt, now), cancellationToken);

        var requested = cancelled == 0
            ? await mine.Where(j => j.Status == OcrJobStatus.Processing).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.CancelRequestedAt, now)
                .SetProperty(j => j.StatusMessage, JobLifecycle.CancellingAtNextPage), cancellationToken)
            : 0;

        var job = await mine.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var outcome = (job, cancelled, requested) switch
        {
            (null, _, _) => CancelOutcome.NotFound,
            (_, 1, _) => CancelOutcome.Cancelled,
            (_, _, 1) => CancelOutcome.CancelRequested,
            _ => CancelOutcome.AlreadyFinished,
        };
        if (outcome == CancelOutcome.Cancelled)
        {
            // A queued job never reaches a worker: the API tells the owner. A running one is reported by its worker.
            notifier.Cancelled(job!);
            // No worker can claim a cancelled job: its file is no longer needed.
            await DeleteFileAsync(job!.Id);
        }

        return (outcome, job);
    }

    private async Task DeleteFileAsync(Guid jobId)
    {
        try
        {
            await files.DeleteAsync(jobId, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The cancellation stands; the file goes with the job when retention deletes it.
            LogFileKept(logger, ex, jobId);
        }
    }

    [LoggerMessage(LogLevel.Warning, "The file of cancelled job {JobId} could not be deleted")]
    private static partial void LogFileKept(ILogger logger, Exception exception, Guid jobId);
}

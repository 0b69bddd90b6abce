using OcrAsync.Api.Uploads;
using OcrAsync.Core.Data;
using OcrAsync.Core.Jobs;
using OcrAsync.Core.Messaging;
using StackExchange.Redis;

namespace OcrAsync.Api.Services;

/// <summary>
/// Stores the file and the job in one transaction, then publishes the stream entry. If the API dies or Redis
/// fails in between, the job stays undispatched and <see cref="OutboxRelay"/> publishes it later: nothing is lost.
/// </summary>
public sealed partial class OcrJobSubmitter(
    OcrDbContext db, OcrJobPublisher publisher, TimeProvider timeProvider, ILogger<OcrJobSubmitter> logger)
{
    public async Task<OcrJob> SubmitAsync(OcrSubmission submission, CancellationToken cancellationToken)
    {
        var job = new OcrJob
        {
            Id = Guid.NewGuid(),
            TaskId = Guid.NewGuid(),
            UserId = submission.UserId,
            FileName = submission.FileName,
            ContentType = submission.DocumentType.ContentType,
            FileSize = submission.Content.Length,
            Priority = submission.Priority,
            ConfidenceThreshold = submission.ConfidenceThreshold,
            Status = OcrJobStatus.Queued,
            StatusMessage = "Waiting for a worker",
            CreatedAt = timeProvider.GetUtcNow(),
            File = new OcrJobFile { Content = submission.Content },
        };
        db.Jobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);

        // The job is committed: dispatch it even if the client has gone away meanwhile.
        try
        {
            await publisher.PublishAsync(job.Id, job.Priority, CancellationToken.None);
            job.DispatchedAt = timeProvider.GetUtcNow();
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (RedisException ex)
        {
            LogDispatchDeferred(logger, job.Id, ex.Message);
        }

        return job;
    }

    [LoggerMessage(LogLevel.Warning, "Job {JobId} is stored but could not be published ({Reason}); the outbox relay will retry")]
    private static partial void LogDispatchDeferred(ILogger logger, Guid jobId, string reason);
}

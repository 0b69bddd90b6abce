using StackExchange.Redis;

namespace OcrAsync.Core.Notifications;

/// <summary>
/// Publishes job notifications on <see cref="NotificationChannel.Name"/>; every API instance relays them to the owner's
/// hub connections. A publish is started in call order (the multiplexer keeps that order on the wire) and not awaited:
/// its outcome is watched in the background, for at most <see cref="NotificationOptions.PublishTimeout"/>.
/// </summary>
public sealed partial class RedisJobNotifier(
    IConnectionMultiplexer redis,
    TimeProvider timeProvider,
    IOptions<NotificationOptions> options,
    ILogger<RedisJobNotifier> logger) : IJobNotifier, ITrainingNotifier
{
    private static readonly RedisChannel Channel = RedisChannel.Literal(NotificationChannel.Name);

    public void Queued(OcrJob job) =>
        Publish(job, NotificationTypes.Queued, $"{job.FileName} is queued", About(job, OcrJobStatus.Queued) with { Progress = 0 });

    public void Progress(OcrJob job, int progress, string message) =>
        Publish(job, NotificationTypes.Progress, message, About(job, OcrJobStatus.Processing) with { Progress = Math.Clamp(progress, 0, 100) });

    public void Completed(OcrJob job, InvoiceOcrResult result) =>
        Publish(job, NotificationTypes.Completed, $"{job.FileName} is done", About(job, OcrJobStatus.Completed) with
        {
            Progress = 100,
            Confidence = result.Confidence,
            InvoiceNumber = result.Invoice.InvoiceNumber,
            TotalAmount = result.Invoice.TotalAmount,
            Date = result.Invoice.Date,
            Currency = result.Invoice.Currency,
            NeedsReview = result.Invoice.NeedsReview,
        });

    public void Failed(OcrJob job, string errorMessage) =>
        Publish(job, NotificationTypes.Failed, $"{job.FileName} failed", About(job, OcrJobStatus.Failed) with { ErrorMessage = errorMessage });

    public void Cancelled(OcrJob job) =>
        Publish(job, NotificationTypes.Cancelled, $"{job.FileName} was cancelled", About(job, OcrJobStatus.Cancelled));

    public void Training(string userId, Guid trainingId, string stage, string message, OcrNotificationData data) =>
        Publish(userId, trainingId, NotificationTypes.AiTraining, message, data with { TrainingId = trainingId, Stage = stage });

    private static OcrNotificationData About(OcrJob job, OcrJobStatus status) =>
        new() { OcrResultId = job.Id, TaskId = job.TaskId, FileName = job.FileName, Status = JobLifecycle.Name(status) };

    private void Publish(OcrJob job, string type, string message, OcrNotificationData data) =>
        Publish(job.UserId, job.Id, type, message, data);

    private void Publish(string userId, Guid id, string type, string message, OcrNotificationData data)
    {
        try
        {
            var notification = new OcrNotification(type, message, data, timeProvider.GetUtcNow());
            var payload = NotificationJson.Serialize(new NotificationEnvelope(userId, notification));
            _ = ObserveAsync(redis.GetSubscriber().PublishAsync(Channel, payload), id, type);
        }
        catch (Exception ex)
        {
            // E.g. no connection and no backlog: the job goes on regardless.
            LogNotDelivered(logger, type, id, ex.Message);
        }
    }

    private async Task ObserveAsync(Task publish, Guid jobId, string type)
    {
        try
        {
            await publish.WaitAsync(options.Value.PublishTimeout, timeProvider);
        }
        catch (Exception ex)
        {
            LogNotDelivered(logger, type, jobId, ex is TimeoutException ? "timed out" : ex.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Notification {Type} for job {JobId} was not delivered: {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, string type, Guid jobId, string reason);
}

using StackExchange.Redis;

namespace OcrAsync.Core.Messaging;

/// <summary>Writes a job's stream entry and wakes idle workers.</summary>
public sealed class OcrJobPublisher(IConnectionMultiplexer redis, TimeProvider timeProvider) : IJobStreamPublisher
{
    public async Task PublishAsync(Guid jobId, JobPriority priority, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The entry carries this span's context, so the worker's processing joins the upload's trace.
        using var activity = OcrTelemetry.ActivitySource.StartActivity("ocr.publish", ActivityKind.Producer);
        activity?.SetTag("ocr.job_id", jobId);
        activity?.SetTag("ocr.priority", JobPriorityNames.Name(priority));
        var entry = new OcrJobStreamEntry(jobId, timeProvider.GetUtcNow(), Activity.Current?.Id);
        var database = redis.GetDatabase();
        await database.StreamAddAsync(OcrStreams.ForPriority(priority), entry.ToFields());
        await redis.GetSubscriber().PublishAsync(RedisChannel.Literal(OcrStreams.WakeChannel), jobId.ToString());
    }
}

using StackExchange.Redis;

namespace OcrAsync.Core.Messaging;

/// <summary>Writes a training job's entry on <see cref="AiStreams.Stream"/>.</summary>
public sealed class TrainingPublisher(IConnectionMultiplexer redis, TimeProvider timeProvider)
{
    public async Task PublishAsync(Guid trainingJobId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = OcrTelemetry.ActivitySource.StartActivity("ai.publish", ActivityKind.Producer);
        activity?.SetTag("ai.training_id", trainingJobId);
        var entry = new OcrJobStreamEntry(trainingJobId, timeProvider.GetUtcNow(), Activity.Current?.Id);
        await redis.GetDatabase().StreamAddAsync(AiStreams.Stream, entry.ToFields());
    }
}

using StackExchange.Redis;

namespace OcrAsync.Worker.Training;

/// <summary>The training consumer's side of <see cref="AiStreams.Stream"/>, through the shared <see cref="StreamGroupClient"/>.</summary>
public sealed class AiStreamClient(IConnectionMultiplexer redis)
{
    private readonly StreamGroupClient _group = new(redis, AiStreams.ConsumerGroup, AiStreams.DeadLetterStream);

    public Task EnsureConsumerGroupAsync() => _group.EnsureGroupAsync(AiStreams.Stream);

    public async Task<StreamEntry?> ReadNextAsync(string consumer)
    {
        try
        {
            return await _group.ReadNewAsync(AiStreams.Stream, consumer);
        }
        catch (RedisServerException ex) when (StreamGroupClient.IsMissingGroup(ex))
        {
            await EnsureConsumerGroupAsync();
            return await _group.ReadNewAsync(AiStreams.Stream, consumer);
        }
    }

    public Task<IReadOnlyList<StreamEntry>> ClaimAbandonedAsync(string consumer, TimeSpan minIdle, int count) =>
        _group.ClaimAbandonedAsync(AiStreams.Stream, consumer, minIdle, count);

    public Task AcknowledgeAsync(RedisValue entryId) => _group.AcknowledgeAsync(AiStreams.Stream, entryId);

    public Task DeadLetterAsync(RedisValue entryId, Guid trainingId, int attempts, string reason) =>
        _group.DeadLetterAsync(AiStreams.Stream, entryId,
        [
            new NameValueEntry("training_id", trainingId.ToString()),
            new NameValueEntry("entry_id", entryId),
            new NameValueEntry("attempts", attempts),
            new NameValueEntry("reason", reason),
        ]);
}

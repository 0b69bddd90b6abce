using OcrAsync.Core.Messaging;
using StackExchange.Redis;

namespace OcrAsync.Worker.Training;

/// <summary>The training consumer's side of <see cref="AiStreams.Stream"/>: group reads, acknowledgements, reclaims, dead letters.</summary>
public sealed class AiStreamClient(IConnectionMultiplexer redis)
{
    private IDatabase Database => redis.GetDatabase();

    public async Task EnsureConsumerGroupAsync()
    {
        try
        {
            await Database.StreamCreateConsumerGroupAsync(AiStreams.Stream, AiStreams.ConsumerGroup, "0-0", createStream: true);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another worker (or an earlier run) created it.
        }
    }

    public async Task<StreamEntry?> ReadNextAsync(string consumer)
    {
        try
        {
            return First(await Database.StreamReadGroupAsync(AiStreams.Stream, AiStreams.ConsumerGroup, consumer, ">", count: 1));
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            await EnsureConsumerGroupAsync();
            return First(await Database.StreamReadGroupAsync(AiStreams.Stream, AiStreams.ConsumerGroup, consumer, ">", count: 1));
        }
    }

    public async Task<IReadOnlyList<StreamEntry>> ClaimAbandonedAsync(string consumer, TimeSpan minIdle, int count) =>
        (await Database.StreamAutoClaimAsync(AiStreams.Stream, AiStreams.ConsumerGroup, consumer, (long)minIdle.TotalMilliseconds, "0-0", count))
            .ClaimedEntries.Where(e => !e.IsNull).ToList();

    public async Task AcknowledgeAsync(RedisValue entryId)
    {
        await Database.StreamAcknowledgeAsync(AiStreams.Stream, AiStreams.ConsumerGroup, entryId);
        await Database.StreamDeleteAsync(AiStreams.Stream, [entryId]);
    }

    public async Task DeadLetterAsync(RedisValue entryId, Guid trainingId, int attempts, string reason)
    {
        await Database.StreamAddAsync(AiStreams.DeadLetterStream,
        [
            new NameValueEntry("training_id", trainingId.ToString()),
            new NameValueEntry("entry_id", entryId),
            new NameValueEntry("attempts", attempts),
            new NameValueEntry("reason", reason),
        ]);
        await AcknowledgeAsync(entryId);
    }

    private static StreamEntry? First(StreamEntry[] entries) => entries.Length > 0 ? entries[0] : null;
}

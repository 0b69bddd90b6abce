using StackExchange.Redis;

namespace OcrAsync.Worker.Consumers;

/// <summary>
/// One consumer group's side of Redis streams: create the group, read one new entry, take over abandoned entries,
/// acknowledge (and delete) a finished one, move a failed one to the dead letters. The job streams
/// (<see cref="JobStreamClient"/>) and the training stream (<c>Training/AiStreamClient</c>) both go through it.
/// </summary>
public sealed class StreamGroupClient(IConnectionMultiplexer redis, string group, string deadLetterStream)
{
    private IDatabase Database => redis.GetDatabase();

    public async Task EnsureGroupAsync(string stream)
    {
        try
        {
            await Database.StreamCreateConsumerGroupAsync(stream, group, "0-0", createStream: true);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another worker (or an earlier run) created it.
        }
    }

    /// <summary>True when Redis lost the group (it came back without its data): create it again and retry.</summary>
    public static bool IsMissingGroup(RedisServerException ex) => ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal);

    /// <summary>One entry no consumer of the group has read yet; null when there is none.</summary>
    public async Task<StreamEntry?> ReadNewAsync(string stream, string consumer)
    {
        var entries = await Database.StreamReadGroupAsync(stream, group, consumer, ">", count: 1);
        return entries.Length > 0 ? entries[0] : null;
    }

    /// <summary>Takes over entries another consumer left pending longer than <paramref name="minIdle"/>.</summary>
    public async Task<IReadOnlyList<StreamEntry>> ClaimAbandonedAsync(string stream, string consumer, TimeSpan minIdle, int count) =>
        (await Database.StreamAutoClaimAsync(stream, group, consumer, (long)minIdle.TotalMilliseconds, "0-0", count))
            .ClaimedEntries.Where(e => !e.IsNull).ToList();

    /// <summary>Acknowledges and deletes a finished entry, so a stream's length is its backlog (new + pending).</summary>
    public async Task AcknowledgeAsync(string stream, RedisValue entryId)
    {
        await Database.StreamAcknowledgeAsync(stream, group, entryId);
        await Database.StreamDeleteAsync(stream, [entryId]);
    }

    /// <summary>Writes <paramref name="record"/> to the dead letters, then acknowledges the entry.</summary>
    public async Task DeadLetterAsync(string stream, RedisValue entryId, NameValueEntry[] record)
    {
        await Database.StreamAddAsync(deadLetterStream, record);
        await AcknowledgeAsync(stream, entryId);
    }
}

using StackExchange.Redis;

namespace OcrAsync.Worker.Consumers;

/// <summary>The worker's side of the Redis streams: consumer group reads, acknowledgements and reclaims.</summary>
public sealed class JobStreamClient(IConnectionMultiplexer redis) : IJobStreamReader, IJobStreamAcknowledger
{
    private readonly StreamGroupClient _group = new(redis, OcrStreams.ConsumerGroup, OcrStreams.DeadLetterStream);

    private IDatabase Database => redis.GetDatabase();

    public async Task EnsureConsumerGroupsAsync()
    {
        foreach (var priority in OcrStreams.ReadOrder)
        {
            await _group.EnsureGroupAsync(OcrStreams.ForPriority(priority));
        }
    }

    /// <summary>Calls <paramref name="onWake"/> whenever a job is published.</summary>
    public Task SubscribeToWakeUpsAsync(Action onWake) =>
        redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(OcrStreams.WakeChannel), (_, _) => onWake());

    public Task UnsubscribeFromWakeUpsAsync() =>
        redis.GetSubscriber().UnsubscribeAsync(RedisChannel.Literal(OcrStreams.WakeChannel));

    /// <summary>
    /// Reads one new entry, highest priority first (or lowest first when <paramref name="lowestFirst"/>, the
    /// starvation guard); null when every stream is empty.
    /// </summary>
    public async Task<(string Stream, StreamEntry Entry)?> ReadNextAsync(string consumer, bool lowestFirst = false)
    {
        var order = lowestFirst ? OcrStreams.ReadOrder.Reverse() : OcrStreams.ReadOrder;
        try
        {
            return await ReadNextCoreAsync(consumer, order);
        }
        catch (RedisServerException ex) when (StreamGroupClient.IsMissingGroup(ex))
        {
            // Redis came back without its data: recreate the groups; the outbox relay republishes lost jobs.
            await EnsureConsumerGroupsAsync();
            return await ReadNextCoreAsync(consumer, order);
        }
    }

    private async Task<(string Stream, StreamEntry Entry)?> ReadNextCoreAsync(string consumer, IEnumerable<JobPriority> order)
    {
        foreach (var priority in order)
        {
            var stream = OcrStreams.ForPriority(priority);
            if (await _group.ReadNewAsync(stream, consumer) is { } entry)
            {
                return (stream, entry);
            }
        }

        return null;
    }

    /// <summary>How long the oldest low-priority entry has been in its stream (finished entries are deleted), if any.</summary>
    public async Task<TimeSpan?> OldestLowPriorityAgeAsync(DateTimeOffset now)
    {
        var first = await Database.StreamRangeAsync(OcrStreams.ForPriority(JobPriority.Low), "-", "+", count: 1);
        // Stream ids start with the entry's creation time in Unix milliseconds.
        return first.Length > 0 && long.TryParse(first[0].Id.ToString().Split('-')[0], out var ms)
            ? now - DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
    }

    /// <summary>Takes over entries another consumer left pending longer than <paramref name="minIdle"/>.</summary>
    public async Task<IReadOnlyList<(string Stream, StreamEntry Entry)>> ClaimAbandonedAsync(string consumer, TimeSpan minIdle, int count)
    {
        var claimed = new List<(string, StreamEntry)>();
        foreach (var priority in OcrStreams.ReadOrder)
        {
            var stream = OcrStreams.ForPriority(priority);
            claimed.AddRange((await _group.ClaimAbandonedAsync(stream, consumer, minIdle, count)).Select(e => (stream, e)));
        }

        return claimed;
    }

    /// <summary>
    /// Removes from the worker list the workers silent for longer than <paramref name="forgetAfter"/>, and from the
    /// consumer group the consumers idle that long with nothing pending (pending entries are reclaimed first); returns
    /// what was removed.
    /// </summary>
    public async Task<IReadOnlyList<string>> ForgetGoneAsync(string self, TimeSpan forgetAfter, DateTimeOffset now)
    {
        var forgotten = new List<string>();
        foreach (var entry in await Database.HashGetAllAsync(OcrStreams.WorkersKey))
        {
            if (entry.Name != self && (WorkerStatus.FromJson(entry.Value) is not { } status || now - status.LastSeen > forgetAfter))
            {
                await Database.HashDeleteAsync(OcrStreams.WorkersKey, entry.Name);
                forgotten.Add($"worker {entry.Name}");
            }
        }

        foreach (var stream in OcrStreams.ReadOrder.Select(OcrStreams.ForPriority))
        {
            foreach (var consumer in await Database.StreamConsumerInfoAsync(stream, OcrStreams.ConsumerGroup))
            {
                if (consumer.Name != self && consumer.PendingMessageCount == 0 && consumer.IdleTimeInMilliseconds > forgetAfter.TotalMilliseconds)
                {
                    await Database.StreamDeleteConsumerAsync(stream, OcrStreams.ConsumerGroup, consumer.Name);
                    forgotten.Add($"consumer {consumer.Name} of {stream}");
                }
            }
        }

        return forgotten;
    }

    /// <summary>Acknowledges and deletes a finished entry, so a stream's length is its backlog (new + pending).</summary>
    public Task AcknowledgeAsync(string stream, RedisValue entryId) => _group.AcknowledgeAsync(stream, entryId);

    /// <summary>Moves an entry whose job failed for good to the dead-letter stream, then acknowledges it.</summary>
    public Task DeadLetterAsync(string stream, RedisValue entryId, Guid jobId, int attempts, string reason) =>
        _group.DeadLetterAsync(stream, entryId,
        [
            new NameValueEntry("job_id", jobId.ToString()),
            new NameValueEntry("stream", stream),
            new NameValueEntry("entry_id", entryId),
            new NameValueEntry("attempts", attempts),
            new NameValueEntry("reason", reason),
        ]);

    /// <summary>Hands a job back to the queue as a fresh entry (used on graceful shutdown), then drops the old one.</summary>
    public async Task RequeueAsync(string stream, RedisValue entryId, Guid jobId, JobPriority priority, DateTimeOffset now)
    {
        await Database.StreamAddAsync(OcrStreams.ForPriority(priority), new OcrJobStreamEntry(jobId, now, null).ToFields());
        await AcknowledgeAsync(stream, entryId);
    }
}

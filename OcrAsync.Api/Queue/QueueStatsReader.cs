using Microsoft.EntityFrameworkCore;
using OcrAsync.Core.Data;
using OcrAsync.Core.Jobs;
using OcrAsync.Core.Messaging;
using StackExchange.Redis;

namespace OcrAsync.Api.Queue;

/// <summary>Reads queue depths from Redis and backlog figures from Postgres.</summary>
public sealed class QueueStatsReader(IConnectionMultiplexer redis, IServiceScopeFactory scopeFactory, TimeProvider timeProvider)
{
    public async Task<QueueStats> ReadAsync(CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var streams = new List<StreamStats>();
        foreach (var priority in OcrStreams.ReadOrder)
        {
            streams.Add(await ReadStreamAsync(database, priority.ToString().ToLowerInvariant(), OcrStreams.ForPriority(priority), OcrStreams.ConsumerGroup));
        }

        // Training beside the OCR streams: its own stream and group.
        streams.Add(await ReadStreamAsync(database, "ai", AiStreams.Stream, AiStreams.ConsumerGroup));

        var deadLetters = await database.StreamLengthAsync(OcrStreams.DeadLetterStream);
        var workers = (await database.HashGetAllAsync(OcrStreams.WorkersKey))
            .Select(entry => WorkerStatus.FromJson(entry.Value))
            .OfType<WorkerStatus>()
            .OrderBy(w => w.Name, StringComparer.Ordinal)
            .ToList();

        var now = timeProvider.GetUtcNow();
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcrDbContext>();
        var outbox = await db.Jobs.CountAsync(j => j.DispatchedAt == null && j.Status == OcrJobStatus.Queued, cancellationToken);
        var oldest = await db.Jobs.Where(j => j.Status == OcrJobStatus.Queued)
            .OrderBy(j => j.CreatedAt).Select(j => (DateTimeOffset?)j.CreatedAt).FirstOrDefaultAsync(cancellationToken);

        return new QueueStats(streams, deadLetters, outbox, oldest is null ? null : (now - oldest.Value).TotalSeconds, workers, now);
    }

    private static async Task<StreamStats> ReadStreamAsync(IDatabase database, string name, string stream, string groupName)
    {
        if (!await database.KeyExistsAsync(stream))
        {
            return new StreamStats(name, stream, 0, 0, 0);
        }

        var length = await database.StreamLengthAsync(stream);
        var group = (await database.StreamGroupInfoAsync(stream)).FirstOrDefault(g => g.Name == groupName);
        return new StreamStats(name, stream, length, group.PendingMessageCount, group.ConsumerCount);
    }
}

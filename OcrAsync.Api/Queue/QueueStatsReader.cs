using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace OcrAsync.Api.Queue;

/// <summary>
/// Reads queue depths from Redis and backlog figures from Postgres. Redis gets <see cref="RedisTimeout"/> for all its
/// reads together (sent at once, so a healthy Redis answers them in one round trip); a Redis that does not answer in
/// time (frozen, failing over) costs no caller more than that: the last figures it gave are returned, marked stale.
/// </summary>
public sealed class QueueStatsReader(IConnectionMultiplexer redis, IServiceScopeFactory scopeFactory, TimeProvider timeProvider)
{
    /// <summary>How long a read of the queue waits on Redis (StackExchange.Redis itself would wait 5 s per command).</summary>
    public static readonly TimeSpan RedisTimeout = TimeSpan.FromMilliseconds(300);

    private volatile QueueRedisFigures? _lastRead;

    public async Task<QueueStats> ReadAsync(CancellationToken cancellationToken)
    {
        // Redis and Postgres are read side by side: a stalled Redis costs a caller its timeout, not the timeout plus
        // Postgres's answers on a machine whose cores are busy with OCR.
        var redisRead = ReadRedisAsync(cancellationToken);
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcrDbContext>();
        var outbox = await db.Jobs.CountAsync(j => j.DispatchedAt == null && j.Status == OcrJobStatus.Queued, cancellationToken);
        var oldest = await db.Jobs.Where(j => j.Status == OcrJobStatus.Queued)
            .OrderBy(j => j.CreatedAt).Select(j => (DateTimeOffset?)j.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var (redisFigures, stale) = await redisRead;
        var now = timeProvider.GetUtcNow();

        return new QueueStats(
            redisFigures?.Streams ?? [], redisFigures?.DeadLetters ?? 0, outbox, oldest is null ? null : (now - oldest.Value).TotalSeconds,
            redisFigures?.Workers ?? [], now)
        {
            QueueReadAt = redisFigures?.ReadAt,
            QueueStale = stale,
        };
    }

    private async Task<(QueueRedisFigures? Figures, bool Stale)> ReadRedisAsync(CancellationToken cancellationToken)
    {
        var read = ReadFromRedisAsync(redis.GetDatabase());
        try
        {
            var figures = await read.WaitAsync(RedisTimeout, timeProvider, cancellationToken);
            _lastRead = figures;
            return (figures, false);
        }
        catch (Exception ex) when (ex is TimeoutException or RedisException && !cancellationToken.IsCancellationRequested)
        {
            // The abandoned read ends later with StackExchange.Redis's own timeout: observe it, nobody waits for it.
            _ = read.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return (_lastRead, true);
        }
    }

    private async Task<QueueRedisFigures> ReadFromRedisAsync(IDatabase database)
    {
        var streams = OcrStreams.ReadOrder
            .Select(priority => ReadStreamAsync(database, JobPriorityNames.Name(priority), OcrStreams.ForPriority(priority), OcrStreams.ConsumerGroup))
            // Training beside the OCR streams: its own stream and group.
            .Append(ReadStreamAsync(database, "ai", AiStreams.Stream, AiStreams.ConsumerGroup))
            .ToList();
        var deadLetters = database.StreamLengthAsync(OcrStreams.DeadLetterStream);
        var workers = database.HashGetAllAsync(OcrStreams.WorkersKey);
        await Task.WhenAll([.. streams, deadLetters, workers]);

        return new QueueRedisFigures(
            streams.Select(s => s.Result).ToList(),
            deadLetters.Result,
            workers.Result.Select(entry => WorkerStatus.FromJson(entry.Value))
                .OfType<WorkerStatus>()
                .OrderBy(w => w.Name, StringComparer.Ordinal)
                .ToList(),
            timeProvider.GetUtcNow());
    }

    private static async Task<StreamStats> ReadStreamAsync(IDatabase database, string name, string stream, string groupName)
    {
        if (!await database.KeyExistsAsync(stream))
        {
            return new StreamStats(name, stream, 0, 0, 0);
        }

        var length = database.StreamLengthAsync(stream);
        var groups = database.StreamGroupInfoAsync(stream);
        var group = (await groups).FirstOrDefault(g => g.Name == groupName);
        return new StreamStats(name, stream, await length, group.PendingMessageCount, group.ConsumerCount);
    }
}

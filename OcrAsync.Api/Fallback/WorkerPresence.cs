using Microsoft.Extensions.Options;
using OcrAsync.Core.Messaging;
using StackExchange.Redis;

namespace OcrAsync.Api.Fallback;

/// <summary>
/// Whether any worker has reported recently (the workers' heartbeat hash in Redis). Workers cannot report while Redis
/// is away, so they count as gone only once Redis has been reachable for the whole absence window; and the newest
/// heartbeat ever seen is remembered, so a Redis that restarted without its data does not look like every worker left.
/// </summary>
public sealed class WorkerPresence
{
    private readonly IConnectionMultiplexer _redis;
    private readonly IOptions<FallbackOptions> _options;
    private readonly TimeProvider _timeProvider;
    private long _newestHeartbeatTicks;
    private long _redisDisturbedTicks;

    public WorkerPresence(IConnectionMultiplexer redis, IOptions<FallbackOptions> options, TimeProvider timeProvider)
    {
        (_redis, _options, _timeProvider) = (redis, options, timeProvider);
        redis.ConnectionFailed += (_, _) => MarkRedisDisturbed();
        redis.ConnectionRestored += (_, _) => MarkRedisDisturbed();
    }

    public async Task<bool> AnyWorkerAliveAsync()
    {
        try
        {
            var workers = await _redis.GetDatabase().HashGetAllAsync(OcrStreams.WorkersKey);
            foreach (var status in workers.Select(w => WorkerStatus.FromJson(w.Value)).OfType<WorkerStatus>())
            {
                Remember(status.LastSeen.UtcTicks);
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Without Redis we cannot tell; the outbox keeps the job until workers can be reached.
            MarkRedisDisturbed();
            return true;
        }

        var (now, window) = (_timeProvider.GetUtcNow().UtcTicks, _options.Value.WorkerAbsentAfter.Ticks);
        return now - Interlocked.Read(ref _newestHeartbeatTicks) <= window || now - Interlocked.Read(ref _redisDisturbedTicks) <= window;
    }

    private void MarkRedisDisturbed() => Interlocked.Exchange(ref _redisDisturbedTicks, _timeProvider.GetUtcNow().UtcTicks);

    private void Remember(long ticks)
    {
        var seen = Interlocked.Read(ref _newestHeartbeatTicks);
        while (ticks > seen)
        {
            var previous = Interlocked.CompareExchange(ref _newestHeartbeatTicks, ticks, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}

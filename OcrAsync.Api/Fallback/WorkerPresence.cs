using Microsoft.Extensions.Options;
using OcrAsync.Core.Messaging;
using StackExchange.Redis;

namespace OcrAsync.Api.Fallback;

/// <summary>
/// Whether any worker has reported recently (the workers' heartbeat hash in Redis). The newest heartbeat ever seen is
/// remembered, so a Redis that restarted without its data (an empty hash until the workers' next beat) does not look
/// like every worker has gone.
/// </summary>
public sealed class WorkerPresence(IConnectionMultiplexer redis, IOptions<FallbackOptions> options, TimeProvider timeProvider)
{
    private long _newestHeartbeatTicks;

    public async Task<bool> AnyWorkerAliveAsync()
    {
        try
        {
            var workers = await redis.GetDatabase().HashGetAllAsync(OcrStreams.WorkersKey);
            foreach (var status in workers.Select(w => WorkerStatus.FromJson(w.Value)).OfType<WorkerStatus>())
            {
                Remember(status.LastSeen.UtcTicks);
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Without Redis we cannot tell; the outbox keeps the job until workers can be reached.
            return true;
        }

        var newest = Interlocked.Read(ref _newestHeartbeatTicks);
        return newest > 0 && timeProvider.GetUtcNow().UtcTicks - newest <= options.Value.WorkerAbsentAfter.Ticks;
    }

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

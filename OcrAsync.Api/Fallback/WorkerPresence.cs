using Microsoft.Extensions.Options;
using OcrAsync.Core.Messaging;
using StackExchange.Redis;

namespace OcrAsync.Api.Fallback;

/// <summary>Whether any worker has reported recently (the workers' heartbeat hash in Redis).</summary>
public sealed class WorkerPresence(IConnectionMultiplexer redis, IOptions<FallbackOptions> options, TimeProvider timeProvider)
{
    public async Task<bool> AnyWorkerAliveAsync()
    {
        try
        {
            var now = timeProvider.GetUtcNow();
            var workers = await redis.GetDatabase().HashGetAllAsync(OcrStreams.WorkersKey);
            return workers
                .Select(w => WorkerStatus.FromJson(w.Value))
                .Any(w => w is not null && now - w.LastSeen <= options.Value.WorkerAbsentAfter);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Without Redis we cannot tell; the outbox keeps the job until workers can be reached.
            return true;
        }
    }
}

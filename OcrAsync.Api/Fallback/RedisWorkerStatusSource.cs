using StackExchange.Redis;

namespace OcrAsync.Api.Fallback;

/// <summary>The workers' heartbeat hash (<see cref="OcrStreams.WorkersKey"/>); connection failures and restores are disturbances.</summary>
public sealed class RedisWorkerStatusSource : IWorkerStatusSource
{
    private readonly IConnectionMultiplexer _redis;

    public RedisWorkerStatusSource(IConnectionMultiplexer redis)
    {
        _redis = redis;
        redis.ConnectionFailed += (_, _) => Disturbed?.Invoke(this, EventArgs.Empty);
        redis.ConnectionRestored += (_, _) => Disturbed?.Invoke(this, EventArgs.Empty);
    }

    public event EventHandler? Disturbed;

    public async Task<IReadOnlyList<WorkerStatus>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var workers = await _redis.GetDatabase().HashGetAllAsync(OcrStreams.WorkersKey).WaitAsync(cancellationToken);
        return [.. workers.Select(w => WorkerStatus.FromJson(w.Value)).OfType<WorkerStatus>()];
    }
}

namespace OcrAsync.Api.Queue;

/// <summary>The queue as the API sees it: what Flower showed for Celery.</summary>
public sealed record QueueStats(
    IReadOnlyList<StreamStats> Streams,
    long DeadLetters,
    int OutboxBacklog,
    double? OldestQueuedSeconds,
    IReadOnlyList<WorkerStatus> Workers,
    DateTimeOffset SampledAt)
{
    /// <summary>When Redis gave the stream, dead-letter and worker figures; null if it has not answered since start.</summary>
    public DateTimeOffset? QueueReadAt { get; init; }

    /// <summary>Redis did not answer this read in time: the Redis figures are those of <see cref="QueueReadAt"/>.</summary>
    public bool QueueStale { get; init; }

    public int WorkersAlive => Workers.Count(w => w.IsAlive(SampledAt));

    public int EnginesBusy => Workers.Where(w => w.IsAlive(SampledAt)).Sum(w => w.Busy);
}

using OcrAsync.Core.Messaging;

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
    public int WorkersAlive => Workers.Count(w => w.IsAlive(SampledAt));

    public int EnginesBusy => Workers.Where(w => w.IsAlive(SampledAt)).Sum(w => w.Busy);
}

namespace OcrAsync.Api.Apis;

/// <summary>
/// Queue health for everyone; the worker list only for the admin role. <see cref="QueueStale"/>: Redis did not answer
/// in time, so streams, dead letters and workers are as Redis gave them at <see cref="QueueReadAt"/> (null: never).
/// </summary>
public sealed record QueueStatsResponse(
    IReadOnlyList<StreamStats> Streams,
    long DeadLetters,
    int OutboxBacklog,
    double? OldestQueuedSeconds,
    int WorkersAlive,
    int EnginesBusy,
    IReadOnlyDictionary<string, int> MyJobs,
    IReadOnlyList<WorkerStatus>? Workers,
    bool QueueStale,
    DateTimeOffset? QueueReadAt);

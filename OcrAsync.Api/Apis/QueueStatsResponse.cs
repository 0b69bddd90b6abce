using OcrAsync.Api.Queue;
using OcrAsync.Core.Messaging;

namespace OcrAsync.Api.Apis;

/// <summary>Queue health for everyone; the worker list only for the admin role.</summary>
public sealed record QueueStatsResponse(
    IReadOnlyList<StreamStats> Streams,
    long DeadLetters,
    int OutboxBacklog,
    double? OldestQueuedSeconds,
    int WorkersAlive,
    int EnginesBusy,
    IReadOnlyDictionary<string, int> MyJobs,
    IReadOnlyList<WorkerStatus>? Workers);

namespace OcrAsync.Api.Queue;

/// <summary>What one read of Redis said about the queue, and when.</summary>
internal sealed record QueueRedisFigures(
    IReadOnlyList<StreamStats> Streams, long DeadLetters, IReadOnlyList<WorkerStatus> Workers, DateTimeOffset ReadAt);

using StackExchange.Redis;

namespace OcrAsync.Tests.Worker.Fakes;

/// <summary>Records how each stream entry was settled.</summary>
public sealed class RecordingStreamAcknowledger : IJobStreamAcknowledger
{
    public ConcurrentQueue<string> Acknowledged { get; } = new();

    public ConcurrentQueue<(Guid JobId, int Attempts, string Reason)> DeadLettered { get; } = new();

    public ConcurrentQueue<Guid> Requeued { get; } = new();

    public Task AcknowledgeAsync(string stream, RedisValue entryId)
    {
        Acknowledged.Enqueue(entryId.ToString());
        return Task.CompletedTask;
    }

    public Task DeadLetterAsync(string stream, RedisValue entryId, Guid jobId, int attempts, string reason)
    {
        Acknowledged.Enqueue(entryId.ToString());
        DeadLettered.Enqueue((jobId, attempts, reason));
        return Task.CompletedTask;
    }

    public Task RequeueAsync(string stream, RedisValue entryId, Guid jobId, JobPriority priority, DateTimeOffset now)
    {
        Requeued.Enqueue(jobId);
        return Task.CompletedTask;
    }
}

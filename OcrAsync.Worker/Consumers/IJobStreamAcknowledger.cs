using StackExchange.Redis;

namespace OcrAsync.Worker.Consumers;

/// <summary>
/// How a worker settles a stream entry (<see cref="JobStreamClient"/> in Redis): the seam that lets the job processor
/// be tested without Redis.
/// </summary>
public interface IJobStreamAcknowledger
{
    Task AcknowledgeAsync(string stream, RedisValue entryId);

    Task DeadLetterAsync(string stream, RedisValue entryId, Guid jobId, int attempts, string reason);

    Task RequeueAsync(string stream, RedisValue entryId, Guid jobId, JobPriority priority, DateTimeOffset now);
}

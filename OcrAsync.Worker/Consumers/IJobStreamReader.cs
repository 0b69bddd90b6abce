using StackExchange.Redis;

namespace OcrAsync.Worker.Consumers;

/// <summary>
/// How the consumer reads the job streams (<see cref="JobStreamClient"/> in Redis): group reads, claims of abandoned
/// entries, the wake-up channel. The seam that lets <see cref="OcrJobConsumer"/> be tested without Redis.
/// </summary>
public interface IJobStreamReader
{
    Task EnsureConsumerGroupsAsync();

    Task SubscribeToWakeUpsAsync(Action onWake);

    Task UnsubscribeFromWakeUpsAsync();

    Task<(string Stream, StreamEntry Entry)?> ReadNextAsync(string consumer, bool lowestFirst = false);

    Task<TimeSpan?> OldestLowPriorityAgeAsync(DateTimeOffset now);

    Task<IReadOnlyList<(string Stream, StreamEntry Entry)>> ClaimAbandonedAsync(string consumer, TimeSpan minIdle, int count);

    Task<IReadOnlyList<string>> ForgetGoneAsync(string self, TimeSpan forgetAfter, DateTimeOffset now);
}

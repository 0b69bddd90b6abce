using StackExchange.Redis;

namespace OcrAsync.Tests.Api.Fakes;

/// <summary>Records every stream entry written; the next publishes can be made to fail as with Redis away.</summary>
public sealed class RecordingStreamPublisher : IJobStreamPublisher
{
    private readonly List<Guid> _published = [];
    private int _failures;

    public IReadOnlyList<Guid> Published { get { lock (_published) { return [.. _published]; } } }

    public void FailNext(int count) => Interlocked.Exchange(ref _failures, count);

    public Task PublishAsync(Guid jobId, JobPriority priority, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failures) >= 0)
        {
            return Task.FromException(new RedisConnectionException(ConnectionFailureType.SocketFailure, "simulated: Redis away"));
        }

        lock (_published) { _published.Add(jobId); }
        return Task.CompletedTask;
    }
}

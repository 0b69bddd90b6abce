namespace OcrAsync.Core.Messaging;

/// <summary>Writes a job's stream entry (<see cref="OcrJobPublisher"/>); an interface so the outbox relay can be tested without Redis.</summary>
public interface IJobStreamPublisher
{
    Task PublishAsync(Guid jobId, JobPriority priority, CancellationToken cancellationToken);
}

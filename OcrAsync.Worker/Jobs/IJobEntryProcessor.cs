using StackExchange.Redis;

namespace OcrAsync.Worker.Jobs;

/// <summary>Runs one stream entry to its end (<see cref="OcrJobProcessor"/>); the consumer's seam to the processing.</summary>
public interface IJobEntryProcessor
{
    Task ProcessAsync(string stream, StreamEntry entry, CancellationToken stoppingToken);
}

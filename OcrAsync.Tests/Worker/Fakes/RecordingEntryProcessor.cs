using OcrAsync.Worker.Jobs;
using StackExchange.Redis;

namespace OcrAsync.Tests.Worker.Fakes;

/// <summary>Records the entries handed over; with <see cref="HoldUntilStopped"/> each run lasts until the worker stops.</summary>
public sealed class RecordingEntryProcessor : IJobEntryProcessor
{
    public ConcurrentQueue<(string Stream, string EntryId)> Processed { get; } = new();

    public ConcurrentQueue<string> StoppedWhileRunning { get; } = new();

    public bool HoldUntilStopped { get; init; }

    public async Task ProcessAsync(string stream, StreamEntry entry, CancellationToken stoppingToken)
    {
        Processed.Enqueue((stream, entry.Id.ToString()));
        if (!HoldUntilStopped)
        {
            return;
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            StoppedWhileRunning.Enqueue(entry.Id.ToString());
        }
    }
}

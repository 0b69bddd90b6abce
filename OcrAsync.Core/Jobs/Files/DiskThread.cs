namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// Runs blocking disk work (writes and fsyncs) on a thread of its own instead of the thread pool. An fsync holds its
/// thread for as long as the disk takes to flush, and a shared disk stalled for ~0.5 s at a time (session 14): on the
/// pool, whose few threads (one per core) also run every other request, uploads that were not even writing yet then
/// queued behind the blocked threads (20+ work items waiting, half a second before their first middleware ran).
/// </summary>
public static class DiskThread
{
    public static Task RunAsync(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
}

namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// Runs blocking disk work (writes and fsyncs) on threads of its own instead of the thread pool. An fsync holds its
/// thread for as long as the disk takes to flush, and a shared disk can stall for ~0.5 s at a time: on the
/// pool, whose few threads (one per core) also run every other request, uploads that were not even writing yet then
/// queued behind the blocked threads (20+ work items waiting, half a second before their first middleware ran).
/// The threads live as long as the process: a thread started per write cost ~1 ms of CPU per upload. Idle, they wait
/// without waking up.
/// </summary>
public static class DiskThread
{
    /// <summary>Writes synced at once; more wait their turn (their fsyncs would wait for the same flush anyway).</summary>
    public const int Count = 8;

    /// <summary>The threads' names start with this (benchmarks read their CPU by it).</summary>
    public const string NamePrefix = "disk-io-";

    private static readonly BlockingCollection<(Action Work, TaskCompletionSource Done)> Queue = Start();

    public static Task RunAsync(Action work)
    {
        // The caller's continuation (the job's commit) goes back to the thread pool, not onto a disk thread.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Queue.Add((work, done));
        return done.Task;
    }

    private static BlockingCollection<(Action, TaskCompletionSource)> Start()
    {
        var queue = new BlockingCollection<(Action, TaskCompletionSource)>();
        for (var i = 0; i < Count; i++)
        {
            new Thread(() => Serve(queue)) { IsBackground = true, Name = NamePrefix + i }.Start();
        }

        return queue;
    }

    private static void Serve(BlockingCollection<(Action Work, TaskCompletionSource Done)> queue)
    {
        foreach (var (work, done) in queue.GetConsumingEnumerable())
        {
            try
            {
                work();
                done.SetResult();
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        }
    }
}

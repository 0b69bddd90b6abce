namespace OcrAsync.Tests.Jobs;

/// <summary>Blocking disk work (the upload store's fsyncs) runs off the thread pool, and its failure reaches the caller.</summary>
public sealed class DiskThreadTests
{
    [Fact]
    public async Task The_work_runs_on_a_thread_that_is_not_the_thread_pools()
    {
        bool? onPool = null;

        await DiskThread.RunAsync(() => onPool = Thread.CurrentThread.IsThreadPoolThread);

        Assert.False(onPool);
    }

    [Fact]
    public async Task Works_run_side_by_side_up_to_the_thread_count_and_on_the_same_threads_again()
    {
        // Each work waits for all the others: they finish only if every one of them runs at the same time.
        using var together = new Barrier(DiskThread.Count);
        var names = new System.Collections.Concurrent.ConcurrentBag<string?>();
        var met = await Task.WhenAll(Enumerable.Range(0, DiskThread.Count).Select(_ => RunAndReport(() =>
        {
            names.Add(Thread.CurrentThread.Name);
            return together.SignalAndWait(TimeSpan.FromSeconds(20));
        })));
        await DiskThread.RunAsync(() => names.Add(Thread.CurrentThread.Name));

        Assert.All(met, Assert.True);
        Assert.Equal(DiskThread.Count, names.Distinct().Count()); // The last work reused one of them: no new thread.
    }

    private static async Task<bool> RunAndReport(Func<bool> work)
    {
        var result = false;
        await DiskThread.RunAsync(() => result = work());
        return result;
    }

    [Fact]
    public async Task An_exception_of_the_work_is_thrown_to_the_caller()
    {
        var failure = await Assert.ThrowsAsync<IOException>(() => DiskThread.RunAsync(() => throw new IOException("disk full")));

        Assert.Equal("disk full", failure.Message);
    }
}

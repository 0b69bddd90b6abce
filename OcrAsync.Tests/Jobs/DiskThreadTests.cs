using OcrAsync.Core.Jobs.Files;

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
    public async Task An_exception_of_the_work_is_thrown_to_the_caller()
    {
        var failure = await Assert.ThrowsAsync<IOException>(() => DiskThread.RunAsync(() => throw new IOException("disk full")));

        Assert.Equal("disk full", failure.Message);
    }
}

using System.Threading.Channels;

namespace OcrAsync.Core.Processing;

/// <summary>
/// Reads a document's pages with up to <c>parallelism</c> recognitions in flight (one per engine) while as many next
/// pages are prepared (rasterised, decoded) ahead, so an engine that frees up finds its next page ready even when
/// several free up at once; the results come back in page order. Progress is reported in page order from one flow,
/// never concurrently; when it throws (a cancel request) or a page fails, the pages not started are dropped, those
/// queued or running are cancelled, and the error is rethrown once none is left running.
/// </summary>
internal static class PageWindow
{
    /// <summary>Starts one page's read with the token that stops the whole document.</summary>
    public delegate Task<OcrPageResult> PageRead(CancellationToken cancellationToken);

    public static async Task<List<OcrPageResult>> RunAsync(
        int pageCount,
        int parallelism,
        IAsyncEnumerable<PageRead> pages,
        Func<int, int, CancellationToken, Task>? onPageDone,
        CancellationToken cancellationToken)
    {
        parallelism = Math.Max(1, parallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = new List<Task<OcrPageResult>>(pageCount);
        var results = new List<OcrPageResult>(pageCount);
        var prepared = Channel.CreateBounded<PageRead>(new BoundedChannelOptions(parallelism) { SingleReader = true, SingleWriter = true });
        var preparing = PrepareAsync(pages, prepared.Writer, stop.Token);

        async Task ReportFinishedAsync(bool waitForAll)
        {
            while (results.Count < started.Count && (waitForAll || started[results.Count].IsCompleted))
            {
                results.Add(await started[results.Count]);
                if (onPageDone is not null)
                {
                    await onPageDone(results.Count, pageCount, cancellationToken);
                }
            }
        }

        try
        {
            await foreach (var read in prepared.Reader.ReadAllAsync(stop.Token))
            {
                // The next page is ready: wait for a free engine, reporting pages as they finish in order.
                while (started.Skip(results.Count).Count(t => !t.IsCompleted) >= parallelism)
                {
                    await Task.WhenAny(started.Skip(results.Count).Where(t => !t.IsCompleted));
                    await ReportFinishedAsync(waitForAll: false);
                }

                started.Add(read(stop.Token));
                await ReportFinishedAsync(waitForAll: false);
            }

            await preparing; // Rethrows a preparation error (the channel completed with it).
            await ReportFinishedAsync(waitForAll: true);
            return results;
        }
        catch
        {
            await stop.CancelAsync();
            await preparing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await ((Task)Task.WhenAll(started)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    /// <summary>Prepares pages in order until the window holds as many as there are engines.</summary>
    private static async Task PrepareAsync(IAsyncEnumerable<PageRead> pages, ChannelWriter<PageRead> prepared, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var read in pages.WithCancellation(cancellationToken))
            {
                await prepared.WriteAsync(read, cancellationToken);
            }

            prepared.Complete();
        }
        catch (Exception ex)
        {
            prepared.Complete(ex);
            throw;
        }
    }
}

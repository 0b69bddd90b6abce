using OcrAsync.Core.Ocr;

namespace OcrAsync.Core.Processing;

/// <summary>
/// Reads a document's pages with up to <c>parallelism</c> recognitions in flight (one per engine) while the next page
/// is prepared (rasterised, decoded), and hands the results back in page order. Progress is reported in page order
/// from one flow, never concurrently; when it throws (a cancel request) or a page fails, the pages not started are
/// dropped, those queued or running are cancelled, and the error is rethrown once none is left running.
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
            await foreach (var read in pages.WithCancellation(stop.Token))
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

            await ReportFinishedAsync(waitForAll: true);
            return results;
        }
        catch
        {
            await stop.CancelAsync();
            await ((Task)Task.WhenAll(started)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }
}

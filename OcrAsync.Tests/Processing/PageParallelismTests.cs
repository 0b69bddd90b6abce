namespace OcrAsync.Tests.Processing;

/// <summary>A multi-page document spreads its pages over the engines, and its results and progress stay in page order.</summary>
public sealed class PageParallelismTests
{
    private const int Pages = 6;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_multipage_tiff_keeps_one_page_per_engine_in_flight_and_answers_in_page_order(int engines)
    {
        var recognizer = new ConcurrencyProbeRecognizer(engines, Pages);
        var progress = new List<int>();

        var result = await PipelineFactory.Create(recognizer).RunAsync(BlankTiff(Pages), 0.7, (page, pages, _) =>
        {
            Assert.Equal(Pages, pages);
            progress.Add(page);
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(engines, recognizer.MaxRunning);
        Assert.Equal(Enumerable.Range(1, Pages), progress);
        Assert.Equal(Enumerable.Range(1, Pages).Select(n => $"text of page {n}"), result.Text.Split("\n\f\n"));
        if (engines > 1)
        {
            // Later pages are quicker, so they finished first: the order above is the pipeline's doing.
            Assert.NotEqual(Enumerable.Range(1, Pages), recognizer.Finished);
        }
    }

    [Fact]
    public async Task Scanned_pdf_pages_are_read_two_at_a_time_in_page_order()
    {
        var pdf = PdfBuilder.Create([.. Enumerable.Range(1, 4).Select(n => PdfBuilder.ScannedPage(SampleInvoices.English($"INV-{n}")))]);
        var recognizer = new ConcurrencyProbeRecognizer(2, 4, waitForNextPage: true);
        var progress = new List<int>();

        var result = await PipelineFactory.Create(recognizer).RunAsync(pdf, 0.7, (page, _, _) =>
        {
            progress.Add(page);
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(2, recognizer.MaxRunning);
        Assert.Equal([1, 2, 3, 4], progress);
        Assert.Equal(Enumerable.Range(1, 4).Select(n => $"text of page {n}"), result.Text.Split("\n\f\n"));
    }

    [Fact]
    public async Task A_scanned_pdf_spreads_its_pages_over_both_real_engines_and_keeps_page_order()
    {
        // The real pool and pdftoppm: the PDF path hands the engines two pages at once, and each engine reads some.
        var numbers = Enumerable.Range(1, 4).Select(n => $"INV-8100-{n:D3}").ToArray();
        var pdf = PdfBuilder.Create([.. numbers.Select(n => PdfBuilder.ScannedPage(SampleInvoices.English(n)))]);
        using var pool = new OcrEnginePool(
            Options.Create(new OcrEngineOptions { EngineCount = 2, Languages = "eng" }), NullLogger<OcrEnginePool>.Instance);
        await pool.WhenReady.WaitAsync(TimeSpan.FromSeconds(60));
        var recorder = new InFlightRecorder(pool);

        var result = await PipelineFactory.Create(recorder).RunAsync(pdf, 0.7, null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(2, recorder.MaxInFlight);
        Assert.All(pool.PagesReadByEngine, pages => Assert.InRange(pages, 1, 3));
        Assert.Equal(4, pool.PagesReadByEngine.Sum());
        Assert.Equal([1, 2, 3, 4], result.Pages.Select(p => p.PageNumber));
        for (var i = 0; i < numbers.Length; i++)
        {
            Assert.Contains(numbers[i], result.Pages[i].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_cancel_between_pages_stops_the_document_and_leaves_no_page_running()
    {
        var recognizer = new ConcurrencyProbeRecognizer(2, Pages);
        var reported = new List<int>();

        // What the worker's progress callback does when the job was cancelled in the database.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PipelineFactory.Create(recognizer).RunAsync(BlankTiff(Pages), 0.7, (page, _, _) =>
        {
            reported.Add(page);
            return page == 2 ? throw new InvalidOperationException("cancelled by its user") : Task.CompletedTask;
        }, CancellationToken.None));

        Assert.Equal("cancelled by its user", error.Message);
        Assert.Equal([1, 2], reported);
        Assert.Equal(0, recognizer.Running);
        // At most the two engines' pages and the one prepared ahead were started; whatever was still running was cancelled.
        Assert.InRange(recognizer.Started.Count, 2, 4);
        Assert.Equal(recognizer.Started.Count, recognizer.Finished.Count + recognizer.Cancelled.Count);
        Assert.DoesNotContain(Pages, recognizer.Started);
    }

    private static byte[] BlankTiff(int pages) =>
        TestImages.MultipageTiff([.. Enumerable.Range(0, pages).Select(_ => (40, 30, (byte[]?)Enumerable.Repeat((byte)255, 40 * 30).ToArray()))]);
}

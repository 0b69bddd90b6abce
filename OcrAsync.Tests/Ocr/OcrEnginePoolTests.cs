using System.Diagnostics.Metrics;
using OcrAsync.Core.Telemetry;

namespace OcrAsync.Tests.Ocr;

public sealed class OcrEnginePoolTests
{
    private static OcrEnginePool CreatePool(int engines, string languages = "eng") =>
        new(Options.Create(new OcrEngineOptions { EngineCount = engines, Languages = languages }), NullLogger<OcrEnginePool>.Instance);

    [Fact]
    public async Task Two_engines_process_several_pages_concurrently_and_return_each_page_text()
    {
        using var pool = CreatePool(2);
        await pool.WhenReady.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(pool.IsReady);
        Assert.Equal(2, pool.EngineCount);

        var numbers = Enumerable.Range(1, 4).Select(i => $"INV-7000-{i:D3}").ToArray();
        var pages = numbers.Select(n => InvoiceImageRenderer.RenderPng(SampleInvoices.English(n))).ToArray();

        var results = await Task.WhenAll(pages.Select((png, i) => pool.RecognizeAsync(png, i + 1, CancellationToken.None)))
            .WaitAsync(TimeSpan.FromSeconds(60));

        for (var i = 0; i < numbers.Length; i++)
        {
            Assert.Equal(i + 1, results[i].PageNumber);
            Assert.Contains(numbers[i], results[i].Text, StringComparison.Ordinal);
            foreach (var other in numbers.Where(n => n != numbers[i]))
            {
                Assert.DoesNotContain(other, results[i].Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Engine_threads_run_the_configured_nice_steps_below_the_process_and_other_threads_keep_their_priority()
    {
        var processNice = ThreadNice(Environment.ProcessId); // The main thread: 0 unless the tests run under `nice`.
        using var pool = new OcrEnginePool(
            Options.Create(new OcrEngineOptions { EngineCount = 2, Languages = "eng", EngineThreadNice = 7 }), NullLogger<OcrEnginePool>.Instance);
        await pool.WhenReady.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, pool.NativeThreadIds.Count);
        Assert.All(pool.NativeThreadIds, id => Assert.Equal(Math.Min(19, processNice + 7), ThreadNice(id)));
        Assert.Equal(processNice, ThreadNice(Environment.ProcessId));
    }

    /// <summary>Field 19 of /proc/self/task/TID/stat; the name in parentheses may hold spaces, so count after it.</summary>
    private static int ThreadNice(int threadId)
    {
        var stat = File.ReadAllText($"/proc/self/task/{threadId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Each_read_records_its_engine_thread_cpu_time_tagged_with_the_kind_of_read_and_the_warm_up_records_none()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new OcrMetrics(services.GetRequiredService<IMeterFactory>());
        var recorded = new List<(string Read, double Seconds)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == metrics.Meter && instrument.Name == "ocr.engine.cpu_time")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            lock (recorded)
            {
                recorded.Add(((string)tags.ToArray().Single(t => t.Key == "read").Value!, value));
            }
        });
        listener.Start();
        using var pool = new OcrEnginePool(
            Options.Create(new OcrEngineOptions { EngineCount = 1, Languages = "eng" }), NullLogger<OcrEnginePool>.Instance, metrics);
        await pool.WhenReady.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Empty(recorded);

        var png = InvoiceImageRenderer.RenderPng(SampleInvoices.English());
        var page = await pool.RecognizeAsync(png, 1, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        await pool.ReadLinesAsync(png, 1, [new LineRead(page.Lines[0].Box)], null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        lock (recorded)
        {
            Assert.Equal(["first_read", "line_reads"], recorded.Select(r => r.Read));
            Assert.All(recorded, r => Assert.InRange(r.Seconds, 1e-6, 60)); // An engine's thread, not the test's: it did the reading.
            Assert.True(recorded[0].Seconds > recorded[1].Seconds, "A page read costs more than one line read.");
        }
    }

    [Fact]
    public async Task A_queued_page_cancelled_before_it_runs_is_cancelled_and_the_pool_keeps_working()
    {
        using var pool = CreatePool(1);
        var png = InvoiceImageRenderer.RenderPng(SampleInvoices.English());
        using var cts = new CancellationTokenSource();

        var first = pool.RecognizeAsync(png, 1, CancellationToken.None); // Occupies the only engine.
        var queued = pool.RecognizeAsync(png, 2, cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Contains("INV-2024-0042", (await first.WaitAsync(TimeSpan.FromSeconds(30))).Text, StringComparison.Ordinal);
        Assert.Contains("INV-2024-0042", (await pool.RecognizeAsync(png, 3, CancellationToken.None)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corrupt_page_faults_only_its_own_task()
    {
        using var pool = CreatePool(1);

        await Assert.ThrowsAsync<UnreadableDocumentException>(() => pool.RecognizeAsync(new byte[] { 1, 2, 3 }, 1, CancellationToken.None));
        var ok = await pool.RecognizeAsync(InvoiceImageRenderer.RenderPng(SampleInvoices.English()), 2, CancellationToken.None);
        Assert.Contains("INV-2024-0042", ok.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_language_fails_pool_construction()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CreatePool(2, "eng+nosuchlang"));
        Assert.Contains("nosuchlang", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposed_pool_rejects_new_pages()
    {
        var pool = CreatePool(1);
        pool.Dispose();
        pool.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => pool.RecognizeAsync(new byte[] { 1 }, 1, CancellationToken.None));
    }
}

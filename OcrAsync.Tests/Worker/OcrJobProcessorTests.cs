using OcrAsync.Core.Corrections;
using OcrAsync.Core.Notifications;
using OcrAsync.Tests.Worker.Fakes;
using OcrAsync.Worker.Extensions;
using OcrAsync.Worker.Jobs;
using StackExchange.Redis;

namespace OcrAsync.Tests.Worker;

/// <summary>
/// The job processor as the worker wires it (AddJobProcessing), on in-memory job state and stream, with faked time:
/// the retry policy's attempts, backoff and final outcomes, without Redis or Postgres.
/// </summary>
public sealed class OcrJobProcessorTests
{
    private const string Stream = "ocr:jobs:test";
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryJobStateStore _store = new();
    private readonly RecordingStreamAcknowledger _streams = new();

    [Fact]
    public async Task A_transient_fault_is_retried_after_the_exponential_backoff_and_then_the_job_completes()
    {
        var pipeline = new ScriptedInvoicePipeline(failures: 2, () => new InvalidOperationException("simulated engine fault"));
        var (processor, job, entry) = Arrange(pipeline, maxAttempts: 4);

        var processing = processor.ProcessAsync(Stream, entry, CancellationToken.None);

        var first = await RetryRecordedAsync(1);
        Assert.InRange(first, BaseDelay * 0.8, BaseDelay * 1.2);
        await AssertWaitsAsync(first, pipeline, runsBefore: 1);
        var second = await RetryRecordedAsync(2);
        Assert.InRange(second, BaseDelay * 1.6, BaseDelay * 2.4); // Doubled.
        await AssertWaitsAsync(second, pipeline, runsBefore: 2);
        await processing.WaitAsync(TimeSpan.FromSeconds(30));

        var stored = _store.Get(job.Id);
        Assert.Equal(OcrJobStatus.Completed, stored.Status);
        Assert.Equal(3, stored.Attempts); // The first run plus two retries.
        Assert.Equal(3, pipeline.Runs);
        Assert.Equal("simulated engine fault", stored.LastError);
        Assert.Equal([entry.Id.ToString()], _streams.Acknowledged);
        Assert.Empty(_streams.DeadLettered);
    }

    [Fact]
    public async Task A_run_longer_than_its_lease_keeps_renewing_the_lease_and_the_renewals_end_with_the_run()
    {
        var gate = new TaskCompletionSource();
        var pipeline = new ScriptedInvoicePipeline(failures: 0, () => new InvalidOperationException("never"), holdUntil: gate.Task);
        var (processor, job, entry) = Arrange(pipeline, maxAttempts: 4);
        var lease = new ConsumerOptions().LeaseDuration;

        var processing = processor.ProcessAsync(Stream, entry, CancellationToken.None);
        await pipeline.Started.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, _store.LeaseRenewals);
        // Three leases long, and no page boundary before its end: only the renewals keep another worker from claiming it.
        for (var renewal = 1; renewal <= 9; renewal++)
        {
            _time.Advance(lease / 3);
            await WaitForAsync(() => _store.LeaseRenewals >= renewal, $"renewal {renewal}");
        }

        gate.SetResult();
        await processing.WaitAsync(TimeSpan.FromSeconds(30));
        var renewals = _store.LeaseRenewals;
        _time.Advance(lease);
        await Task.Delay(100);

        Assert.Equal(renewals, _store.LeaseRenewals);
        var stored = _store.Get(job.Id);
        Assert.Equal(OcrJobStatus.Completed, stored.Status);
        Assert.Equal(1, stored.Attempts);
    }

    [Fact]
    public async Task A_regex_timeout_in_the_extractor_on_a_busy_host_is_retried_and_the_job_completes()
    {
        var pipeline = new ScriptedInvoicePipeline(
            failures: 1, () => new System.Text.RegularExpressions.RegexMatchTimeoutException("total", "(?:total)", TimeSpan.FromSeconds(5)));
        var (processor, job, entry) = Arrange(pipeline, maxAttempts: 4);

        var processing = processor.ProcessAsync(Stream, entry, CancellationToken.None);

        var delay = await RetryRecordedAsync(1);
        await AssertWaitsAsync(delay, pipeline, runsBefore: 1);
        await processing.WaitAsync(TimeSpan.FromSeconds(30));

        var stored = _store.Get(job.Id);
        Assert.Equal(OcrJobStatus.Completed, stored.Status);
        Assert.Equal(2, pipeline.Runs);
        Assert.Empty(_streams.DeadLettered);
    }

    [Fact]
    public async Task A_fault_that_persists_fails_the_job_with_its_reason_after_the_configured_attempts_and_dead_letters_it()
    {
        var pipeline = new ScriptedInvoicePipeline(failures: int.MaxValue, () => new InvalidOperationException("simulated engine fault"));
        var (processor, job, entry) = Arrange(pipeline, maxAttempts: 3);

        var processing = processor.ProcessAsync(Stream, entry, CancellationToken.None);
        for (var retry = 1; retry <= 2; retry++)
        {
            _time.Advance(await RetryRecordedAsync(retry));
        }

        await processing.WaitAsync(TimeSpan.FromSeconds(30));

        var stored = _store.Get(job.Id);
        Assert.Equal(OcrJobStatus.Failed, stored.Status);
        Assert.Equal(3, stored.Attempts);
        Assert.Equal(3, pipeline.Runs);
        Assert.Equal("Failed after 3 attempts: simulated engine fault", stored.ErrorMessage);
        var deadLetter = Assert.Single(_streams.DeadLettered);
        Assert.Equal((job.Id, 3, stored.ErrorMessage), deadLetter);
        Assert.Equal(2, _store.Retries.Count);
    }

    [Fact]
    public async Task An_unreadable_document_is_failed_at_once_without_retries()
    {
        var pipeline = new ScriptedInvoicePipeline(failures: int.MaxValue, () => new UnreadableDocumentException("not an image"));
        var (processor, job, entry) = Arrange(pipeline, maxAttempts: 4);

        await processor.ProcessAsync(Stream, entry, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var stored = _store.Get(job.Id);
        Assert.Equal(OcrJobStatus.Failed, stored.Status);
        Assert.Equal("not an image", stored.ErrorMessage);
        Assert.Equal(1, pipeline.Runs);
        Assert.Empty(_store.Retries);
        Assert.Empty(_streams.DeadLettered);
        Assert.Equal([entry.Id.ToString()], _streams.Acknowledged);
    }

    [Fact]
    public async Task A_job_cancelled_before_it_is_picked_up_is_not_processed()
    {
        var pipeline = new ScriptedInvoicePipeline(failures: 0, () => new InvalidOperationException("unused"));
        var (processor, job, entry) = Arrange(pipeline, maxAttempts: 4, OcrJobStatus.Cancelled);

        await processor.ProcessAsync(Stream, entry, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, pipeline.Runs);
        Assert.Equal(OcrJobStatus.Cancelled, _store.Get(job.Id).Status);
        Assert.Equal([entry.Id.ToString()], _streams.Acknowledged); // A repeated delivery, dropped.
    }

    [Fact]
    public async Task A_job_whose_cancel_was_requested_after_the_claim_is_cancelled_before_recognition()
    {
        var pipeline = new ScriptedInvoicePipeline(failures: 0, () => new InvalidOperationException("unused"));
        var (processor, job, entry) = Arrange(pipeline, maxAttempts: 4);
        _store.RequestCancel(job.Id);

        await processor.ProcessAsync(Stream, entry, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, pipeline.Runs);
        Assert.Equal(OcrJobStatus.Cancelled, _store.Get(job.Id).Status);
        Assert.Equal([entry.Id.ToString()], _streams.Acknowledged);
    }

    [Fact]
    public async Task Stopping_the_worker_during_a_retry_wait_hands_the_job_back_without_failing_it()
    {
        var pipeline = new ScriptedInvoicePipeline(failures: int.MaxValue, () => new InvalidOperationException("simulated engine fault"));
        var (processor, job, entry) = Arrange(pipeline, maxAttempts: 4);
        using var stopping = new CancellationTokenSource();

        var processing = processor.ProcessAsync(Stream, entry, stopping.Token);
        await RetryRecordedAsync(1);
        await stopping.CancelAsync();
        await processing.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(OcrJobStatus.Queued, _store.Get(job.Id).Status);
        Assert.Equal([job.Id], _streams.Requeued);
        Assert.Equal(1, pipeline.Runs);
        Assert.Empty(_streams.DeadLettered);
        Assert.Empty(_streams.Acknowledged);
    }

    private (OcrJobProcessor Processor, OcrJob Job, StreamEntry Entry) Arrange(
        IInvoiceOcrPipeline pipeline, int maxAttempts, OcrJobStatus status = OcrJobStatus.Queued)
    {
        var inputs = new FixedJobInputs();
        var services = new ServiceCollection()
            .AddLogging()
            .AddMetrics()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton<IJobStateStore>(_store)
            .AddSingleton<IJobStreamAcknowledger>(_streams)
            .AddSingleton(pipeline)
            .AddSingleton<IUploadFileStore>(inputs)
            .AddSingleton<ITemplateChoiceSource>(inputs)
            .AddSingleton<IRecognizedPageStore>(inputs)
            .AddSingleton<IJobNotifier, SilentJobNotifier>()
            .AddJobProcessing();
        services.AddOptions<ConsumerOptions>().Configure(options =>
        {
            options.MaxAttempts = maxAttempts;
            options.RetryBaseDelay = BaseDelay;
        });
        var job = JobRows.New("user", _time.GetUtcNow(), status);
        _store.Add(job);
        var entry = new StreamEntry("1-0", new OcrJobStreamEntry(job.Id, _time.GetUtcNow(), null).ToFields());
        return (services.BuildServiceProvider().GetRequiredService<OcrJobProcessor>(), job, entry);
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen");
            await Task.Delay(10);
        }
    }

    /// <summary>Waits (in real time: the processor runs on the thread pool) until the nth retry is recorded; its delay.</summary>
    private async Task<TimeSpan> RetryRecordedAsync(int count)
    {
        await WaitForAsync(() => _store.Retries.Count >= count, $"retry {count}");
        return _store.Retries[count - 1].Delay;
    }

    /// <summary>The next run starts only once the whole recorded delay has passed on the processor's clock.</summary>
    private async Task AssertWaitsAsync(TimeSpan delay, ScriptedInvoicePipeline pipeline, int runsBefore)
    {
        _time.Advance(delay - TimeSpan.FromMilliseconds(1));
        await Task.Delay(100);
        Assert.Equal(runsBefore, pipeline.Runs);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (pipeline.Runs == runsBefore)
        {
            Assert.True(DateTime.UtcNow < deadline, "the retry did not run after its delay");
            await Task.Delay(10);
        }
    }
}

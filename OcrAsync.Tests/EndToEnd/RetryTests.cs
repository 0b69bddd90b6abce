using Microsoft.EntityFrameworkCore;
using OcrAsync.Core.Notifications;
using OcrAsync.Tests.Worker.Fakes;
using OcrAsync.Worker.Extensions;
using OcrAsync.Worker.Jobs;
using StackExchange.Redis;

namespace OcrAsync.Tests.EndToEnd;

/// <summary>
/// The worker's job processor against the running system's real Postgres and Redis, with an engine that fails on
/// purpose: transient faults are retried with backoff, and a job that keeps failing is dead-lettered.
/// </summary>
[Collection(OcrAppCollection.Name)]
public sealed class RetryTests(OcrAppFixture fixture)
{
    private static readonly byte[] Png = InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Retry", "R-1", "2024-01-01", [new PrintedLineItem("x", 1, 1m)]), dpi: 50);

    [Fact]
    public async Task A_job_that_fails_twice_transiently_then_succeeds_completes_with_two_retries_recorded()
    {
        await using var services = await BuildWorkerServicesAsync(new FlakyRecognizer(failures: 2), maxAttempts: 4);
        var (job, stream, entry) = await EnqueueAsync(services);

        await services.GetRequiredService<OcrJobProcessor>().ProcessAsync(stream, entry, CancellationToken.None);

        var stored = await LoadAsync(services, job.Id);
        Assert.Equal(OcrJobStatus.Completed, stored.Status);
        Assert.Equal(3, stored.Attempts); // The first run plus two retries.
        Assert.Contains("simulated engine fault", stored.LastError);
        Assert.Contains("RETRY-42", stored.ExtractedDataJson);
        Assert.Equal(0, await PendingAsync(services, stream));
    }

    [Fact]
    public async Task A_job_that_keeps_failing_is_failed_with_the_reason_and_dead_lettered()
    {
        await using var services = await BuildWorkerServicesAsync(new FlakyRecognizer(failures: int.MaxValue), maxAttempts: 3);
        var (job, stream, entry) = await EnqueueAsync(services);

        await services.GetRequiredService<OcrJobProcessor>().ProcessAsync(stream, entry, CancellationToken.None);

        var stored = await LoadAsync(services, job.Id);
        Assert.Equal(OcrJobStatus.Failed, stored.Status);
        Assert.Equal(3, stored.Attempts);
        Assert.StartsWith("Failed after 3 attempts: simulated engine fault", stored.ErrorMessage);
        Assert.Equal(0, await PendingAsync(services, stream));
        var deadLetters = await services.GetRequiredService<IConnectionMultiplexer>().GetDatabase()
            .StreamRangeAsync(OcrStreams.DeadLetterStream);
        Assert.Contains(deadLetters, e => e["job_id"] == job.Id.ToString());
    }

    private async Task<ServiceProvider> BuildWorkerServicesAsync(IPageRecognizer recognizer, int maxAttempts)
    {
        var database = await fixture.App.GetConnectionStringAsync("ocrdb");
        var redis = await ConnectionMultiplexer.ConnectAsync((await fixture.App.GetConnectionStringAsync("redis"))!);
        // The worker's own registrations of the pipeline and the processor, on an empty configuration (default limits).
        // The recognizer registered after them is the one resolved in place of the Tesseract pool; the host never starts.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddInvoicePipeline();
        var services = builder.Services
            .AddMetrics()
            .AddDbContext<OcrDbContext>(options => options.UseNpgsql(database))
            .AddSingleton<IConnectionMultiplexer>(redis)
            .AddSingleton(recognizer)
            .AddSingleton<IJobNotifier, SilentJobNotifier>()
            .AddJobProcessing();
        await fixture.AddUploadFileStoreAsync(services);
        services.AddOptions<ConsumerOptions>().Configure(options =>
        {
            options.MaxAttempts = maxAttempts;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
        });
        return services.BuildServiceProvider();
    }

    private static async Task<(OcrJob Job, string Stream, StreamEntry Entry)> EnqueueAsync(IServiceProvider services)
    {
        var job = JobRows.New("retry-user", DateTimeOffset.UtcNow, dispatchedAt: DateTimeOffset.UtcNow, fileName: "retry.png", fileSize: Png.Length);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcrDbContext>();
            db.Jobs.Add(job);
            await scope.ServiceProvider.GetRequiredService<IUploadFileStore>()
                .SaveWithJobAsync(job, Png, ct => db.SaveChangesAsync(ct), CancellationToken.None);
        }

        // A stream of its own, so the running worker never sees this entry.
        var stream = $"ocr:test:{Guid.NewGuid():N}";
        var redis = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        await redis.StreamCreateConsumerGroupAsync(stream, OcrStreams.ConsumerGroup, "0-0", createStream: true);
        await redis.StreamAddAsync(stream, new OcrJobStreamEntry(job.Id, DateTimeOffset.UtcNow, null).ToFields());
        var entries = await redis.StreamReadGroupAsync(stream, OcrStreams.ConsumerGroup, "retry-test", ">", count: 1);
        return (job, stream, Assert.Single(entries));
    }

    private static async Task<OcrJob> LoadAsync(IServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OcrDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    private static async Task<long> PendingAsync(IServiceProvider services, string stream) =>
        (await services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().StreamPendingAsync(stream, OcrStreams.ConsumerGroup)).PendingMessageCount;

    /// <summary>Fails the first <paramref name="failures"/> pages like a transient engine fault, then reads a fixed text.</summary>
    private sealed class FlakyRecognizer(int failures) : IPageRecognizer
    {
        private int _calls;

        public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) <= failures
                ? throw new InvalidOperationException("simulated engine fault")
                : Task.FromResult(new OcrPageResult(pageNumber, "Invoice No: RETRY-42\nDate: 2024-01-01\nTotal: 10.00", 0.95, 100, 100, []));
    }
}

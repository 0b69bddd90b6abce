using StackExchange.Redis;

namespace OcrAsync.Worker.Training;

/// <summary>
/// Reads <c>ocr:ai</c> through its own consumer group in one loop of its own, beside the OCR loops: it never takes an
/// OCR engine, and OCR jobs never wait for it. Entries left by a dead worker are reclaimed like OCR entries.
/// </summary>
public sealed partial class TrainingConsumer(
    AiStreamClient streams,
    TrainingProcessor processor,
    IServiceScopeFactory scopeFactory,
    TrainingPublisher publisher,
    IOptions<ConsumerOptions> options,
    ILogger<TrainingConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan ErrorBackoff = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var consumer = settings.ConsumerName + "-ai";
        var lastReclaim = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await streams.EnsureConsumerGroupAsync();
                break;
            }
            catch (RedisException ex)
            {
                LogLoopError(logger, ex);
                await Task.Delay(ErrorBackoff, stoppingToken);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (DateTimeOffset.UtcNow - lastReclaim > settings.ReclaimInterval)
                {
                    lastReclaim = DateTimeOffset.UtcNow;
                    foreach (var abandoned in await streams.ClaimAbandonedAsync(consumer, settings.ReclaimIdleTime, 10))
                    {
                        await processor.ProcessAsync(abandoned, stoppingToken);
                    }

                    await DispatchLeftOverAsync(stoppingToken);
                }

                if (await streams.ReadNextAsync(consumer) is { } entry)
                {
                    await processor.ProcessAsync(entry, stoppingToken);
                    continue;
                }

                await Task.Delay(settings.IdlePollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLoopError(logger, ex);
                await Task.Delay(ErrorBackoff, stoppingToken);
            }
        }
    }

    /// <summary>
    /// The training outbox: a correction whose entry could not be written (Redis away) is published here, so it is
    /// learned from once Redis is back. A second entry for one job is harmless: the claim lets only one run it.
    /// </summary>
    private async Task DispatchLeftOverAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<TrainingStore>();
        foreach (var id in await store.UndispatchedAsync(TimeSpan.FromSeconds(10), 50, stoppingToken))
        {
            await publisher.PublishAsync(id, stoppingToken);
            await store.MarkDispatchedAsync(id, stoppingToken);
            LogDispatched(logger, id);
        }
    }

    [LoggerMessage(LogLevel.Information, "Published training job {TrainingId}, left undispatched by the API")]
    private static partial void LogDispatched(ILogger logger, Guid trainingId);

    [LoggerMessage(LogLevel.Error, "Training loop error; backing off")]
    private static partial void LogLoopError(ILogger logger, Exception exception);
}

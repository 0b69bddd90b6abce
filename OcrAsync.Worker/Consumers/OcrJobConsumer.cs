using OcrAsync.Worker.Jobs;
using Polly;
using Polly.Retry;

namespace OcrAsync.Worker.Consumers;

/// <summary>
/// Consumes the job streams through the consumer group: one loop per OCR engine, each reading one entry at a time,
/// plus a reclaim loop that takes over entries abandoned by dead workers and forgets workers long gone. Every loop
/// survives any exception (a stalled Redis, a frozen Postgres, its own bugs): it logs, backs off and carries on.
/// </summary>
public sealed partial class OcrJobConsumer(
    IJobStreamReader streams,
    IServiceProvider services,
    WakeSignal wakeSignal,
    ConsumerHeartbeat heartbeat,
    BackgroundLoop loop,
    IOptions<ConsumerOptions> options,
    TimeProvider timeProvider,
    ILogger<OcrJobConsumer> logger) : BackgroundService
{
    /// <summary>The pause after a failed read or start-up step.</summary>
    public static readonly TimeSpan ErrorBackoff = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved here, not in the constructor: the host builds every hosted service before it starts any, and the
        // engines take seconds to load; meanwhile the status reporter, started first, already says "starting".
        var processor = services.GetRequiredService<IJobEntryProcessor>();
        var settings = options.Value;
        var loops = settings.Concurrency > 0 ? settings.Concurrency : services.GetRequiredService<OcrEnginePool>().EngineCount;

        await UntilDone(stoppingToken).ExecuteAsync(async _ =>
        {
            await streams.EnsureConsumerGroupsAsync();
            await streams.SubscribeToWakeUpsAsync(() => wakeSignal.Wake(loops));
        }, stoppingToken);
        LogStarted(logger, settings.ConsumerName, loops);

        var tasks = Enumerable.Range(0, loops).Select(_ => ConsumeAsync(processor, settings, stoppingToken)).ToList();
        tasks.Add(loop.RunAsync("reclaim", settings.ReclaimInterval, ct => ReclaimAsync(processor, settings, ct), stoppingToken));
        await Task.WhenAll(tasks);
        await UnsubscribeQuietlyAsync();
    }

    /// <summary>Best effort on the way out: a stalled Redis must not hold the stop.</summary>
    private async Task UnsubscribeQuietlyAsync()
    {
        try
        {
            await streams.UnsubscribeFromWakeUpsAsync().WaitAsync(ErrorBackoff, timeProvider);
        }
        catch (Exception ex)
        {
            LogUnsubscribeFailed(logger, ex.Message);
        }
    }

    private async Task ConsumeAsync(IJobEntryProcessor processor, ConsumerOptions settings, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            heartbeat.Beat();
            try
            {
                // Starvation guard: a low-priority entry that has waited too long is read before anything else.
                var lowestFirst = await streams.OldestLowPriorityAgeAsync(timeProvider.GetUtcNow()) > settings.LowPriorityMaxWait;
                if (await streams.ReadNextAsync(settings.ConsumerName, lowestFirst) is { } next)
                {
                    heartbeat.JobStarted();
                    try
                    {
                        await processor.ProcessAsync(next.Stream, next.Entry, stoppingToken);
                    }
                    finally
                    {
                        heartbeat.JobEnded();
                    }
                }
                else
                {
                    await wakeSignal.WaitAsync(settings.IdlePollInterval, stoppingToken);
                }

                continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLoopError(logger, ex);
            }

            await DelayQuietlyAsync(ErrorBackoff, stoppingToken);
        }
    }

    private async Task ReclaimAsync(IJobEntryProcessor processor, ConsumerOptions settings, CancellationToken stoppingToken)
    {
        foreach (var (stream, entry) in await streams.ClaimAbandonedAsync(settings.ConsumerName, settings.ReclaimIdleTime, count: 10))
        {
            LogReclaimed(logger, entry.Id.ToString(), stream);
            await processor.ProcessAsync(stream, entry, stoppingToken);
        }

        foreach (var gone in await streams.ForgetGoneAsync(settings.ConsumerName, settings.ForgetAfter, timeProvider.GetUtcNow()))
        {
            LogForgotten(logger, gone);
        }
    }

    private async Task DelayQuietlyAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, timeProvider, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the loop condition ends the loop.
        }
    }

    /// <summary>Startup against a Redis that may not be up yet: tried every <see cref="ErrorBackoff"/> until it works or the worker stops.</summary>
    private ResiliencePipeline UntilDone(CancellationToken stoppingToken) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                Delay = ErrorBackoff,
                BackoffType = DelayBackoffType.Constant,
                // RedisTimeoutException (a stalled Redis) is no RedisException: any failure is retried.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null && !stoppingToken.IsCancellationRequested),
                OnRetry = args =>
                {
                    LogLoopError(logger, args.Outcome.Exception!);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    [LoggerMessage(LogLevel.Information, "Consumer {ConsumerName} started with {Loops} loop(s)")]
    private static partial void LogStarted(ILogger logger, string consumerName, int loops);

    [LoggerMessage(LogLevel.Information, "Reclaimed abandoned entry {EntryId} from {Stream}")]
    private static partial void LogReclaimed(ILogger logger, string entryId, string stream);

    [LoggerMessage(LogLevel.Information, "Forgot {Name}: silent for longer than Consumer:ForgetAfter")]
    private static partial void LogForgotten(ILogger logger, string name);

    [LoggerMessage(LogLevel.Debug, "Wake channel not unsubscribed on stop: {Reason}")]
    private static partial void LogUnsubscribeFailed(ILogger logger, string reason);

    [LoggerMessage(LogLevel.Error, "Consumer loop error; backing off")]
    private static partial void LogLoopError(ILogger logger, Exception exception);
}

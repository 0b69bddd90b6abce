using StackExchange.Redis;

namespace OcrAsync.Worker.Training;

/// <summary>
/// Runs one training entry to its end with the OCR jobs' guarantees: claimed in Postgres first (a repeated delivery
/// is skipped), retried with backoff on transient faults, failed and dead-lettered after the last attempt, and
/// acknowledged only once the training job is final.
/// </summary>
public sealed partial class TrainingProcessor(
    IServiceScopeFactory scopeFactory,
    AiStreamClient streams,
    ITrainingNotifier notifier,
    IOptions<ConsumerOptions> options,
    ILogger<TrainingProcessor> logger)
{
    public async Task ProcessAsync(StreamEntry entry, CancellationToken stoppingToken)
    {
        if (OcrJobStreamEntry.TryParse(entry) is not { } message)
        {
            await streams.AcknowledgeAsync(entry.Id);
            return;
        }

        await using var services = scopeFactory.CreateAsyncScope();
        var store = services.ServiceProvider.GetRequiredService<TrainingStore>();
        var settings = options.Value;
        if (!await store.TryClaimAsync(message.JobId, settings.LeaseDuration, stoppingToken))
        {
            if (await store.FindAsync(message.JobId, stoppingToken) is not { Status: TrainingJobStatus.Processing })
            {
                await streams.AcknowledgeAsync(entry.Id); // Finished, or unknown: a repeated delivery.
            }

            return;
        }

        var job = await store.FindAsync(message.JobId, stoppingToken);
        if (job is null)
        {
            return;
        }

        if (job.Attempts > settings.MaxAttempts)
        {
            await GiveUpAsync(store, entry.Id, job, job.LastError ?? "the worker training it stopped repeatedly");
            return;
        }

        var attempts = job.Attempts;
        while (true)
        {
            try
            {
                notifier.Training(job.UserId, job.Id, "progress", "Learning from the correction", new OcrNotificationData { OcrResultId = job.OcrJobId, Progress = 50 });
                var (template, outcome) = await services.ServiceProvider.GetRequiredService<VendorTrainer>().TrainAsync(job, stoppingToken);
                await store.CompleteAsync(job.Id, Guid.Parse(template.Id!), CancellationToken.None);
                await streams.AcknowledgeAsync(entry.Id);
                notifier.Training(job.UserId, job.Id, "completed", $"Learned {template.Name}", new OcrNotificationData
                {
                    OcrResultId = job.OcrJobId,
                    Progress = 100,
                    Vendor = template.Name,
                    TemplateId = Guid.Parse(template.Id!),
                    FieldsLearned = outcome.FieldsLearned,
                    Examples = template.Examples?.Count ?? 0,
                });
                LogTrained(logger, job.Id, template.Name, outcome.FieldsLearned.Count);
                return;
            }
            catch (TrainingRejectedException ex)
            {
                await store.FailAsync(job.Id, ex.Message, CancellationToken.None);
                await streams.AcknowledgeAsync(entry.Id);
                notifier.Training(job.UserId, job.Id, "failed", ex.Message, new OcrNotificationData { OcrResultId = job.OcrJobId, ErrorMessage = ex.Message });
                LogFailed(logger, job.Id, ex.Message);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // Left pending: reclaimed once the lease has run out.
            }
            catch (Exception ex)
            {
                if (attempts >= settings.MaxAttempts)
                {
                    await GiveUpAsync(store, entry.Id, job, ex.Message);
                    return;
                }

                var delay = settings.RetryBaseDelay * Math.Pow(2, attempts - 1) * (0.8 + (0.4 * Random.Shared.NextDouble()));
                LogRetrying(logger, ex, job.Id, attempts);
                await store.RecordRetryAsync(job.Id, ex.Message, delay, settings.LeaseDuration, CancellationToken.None);
                attempts++;
                await Task.Delay(delay, stoppingToken);
            }
        }
    }

    private async Task GiveUpAsync(TrainingStore store, RedisValue entryId, TrainingJob job, string lastError)
    {
        var reason = $"Training failed after {options.Value.MaxAttempts} attempts: {lastError}";
        await store.FailAsync(job.Id, reason, CancellationToken.None);
        await streams.DeadLetterAsync(entryId, job.Id, options.Value.MaxAttempts, reason);
        notifier.Training(job.UserId, job.Id, "failed", reason, new OcrNotificationData { OcrResultId = job.OcrJobId, ErrorMessage = reason });
        LogFailed(logger, job.Id, reason);
    }

    [LoggerMessage(LogLevel.Information, "Training {TrainingId} learned {Vendor}: {Fields} field(s)")]
    private static partial void LogTrained(ILogger logger, Guid trainingId, string vendor, int fields);

    [LoggerMessage(LogLevel.Warning, "Training {TrainingId} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, Guid trainingId, string reason);

    [LoggerMessage(LogLevel.Warning, "Training {TrainingId} failed on attempt {Attempt}; retrying")]
    private static partial void LogRetrying(ILogger logger, Exception exception, Guid trainingId, int attempt);
}

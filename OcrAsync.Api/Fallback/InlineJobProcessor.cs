using OcrAsync.Core.Ocr;

namespace OcrAsync.Api.Fallback;

/// <summary>
/// Runs a job in the API process through the same pipeline and job store the workers use, and keeps its words and
/// boxes as the workers do, so that a correction of this result can be learned from.
/// </summary>
public sealed partial class InlineJobProcessor(
    JobStore store, TrainingStore training, TemplateRepository templates, InvoiceOcrPipeline pipeline, IJobNotifier notifier, TimeProvider timeProvider, ILogger<InlineJobProcessor> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>True when the job reached a final state here; false leaves it queued for the workers.</summary>
    public async Task<bool> TryProcessAsync(OcrJob job, byte[] content, CancellationToken cancellationToken)
    {
        if (!await store.TryClaimAsync(job.Id, Lease, Activity.Current?.TraceId.ToHexString(), cancellationToken))
        {
            return false;
        }

        var started = timeProvider.GetTimestamp();
        try
        {
            var choice = await templates.ChoiceForAsync(job, cancellationToken);
            var result = await pipeline.RunAsync(content, job.ConfidenceThreshold, job.Language, choice, null, cancellationToken);
            await training.SavePagesAsync(job.Id, result.Pages, cancellationToken);
            await store.CompleteAsync(job.Id, result, timeProvider.GetElapsedTime(started), CancellationToken.None);
            notifier.Completed(job, result);
            LogProcessedInline(logger, job.Id);
            return true;
        }
        catch (UnreadableDocumentException ex)
        {
            await store.FailAsync(job.Id, ex.Message, CancellationToken.None);
            notifier.Failed(job, ex.Message);
            return true;
        }
        catch (Exception ex)
        {
            // Whatever went wrong here, a worker can still do the job later.
            LogInlineFailed(logger, ex, job.Id);
            await store.ReleaseAsync(job.Id, JobLifecycle.WaitingForWorker, CancellationToken.None);
            return false;
        }
    }

    [LoggerMessage(LogLevel.Warning, "No worker is alive: job {JobId} was processed by the API itself")]
    private static partial void LogProcessedInline(ILogger logger, Guid jobId);

    [LoggerMessage(LogLevel.Error, "Inline processing of job {JobId} failed; it stays queued for the workers")]
    private static partial void LogInlineFailed(ILogger logger, Exception exception, Guid jobId);
}

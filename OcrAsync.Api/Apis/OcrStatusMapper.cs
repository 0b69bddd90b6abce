using System.Text.Json;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Api.Apis;

internal static class OcrStatusMapper
{
    public static OcrStatusResponse ToResponse(this OcrJob job) => new(
        job.Id,
        job.Status.ToString().ToLowerInvariant(),
        job.TaskId,
        ToTaskStatus(job.Status),
        new TaskInfo(job.StatusMessage ?? string.Empty, job.Progress),
        job.FileName,
        job.Priority.ToString().ToLowerInvariant(),
        job.TemplateId,
        job.Attempts,
        job.CreatedAt,
        job.StartedAt,
        job.CompletedAt,
        job.ConfidenceScore,
        job.ProcessingTimeSeconds,
        job.ExtractedText,
        job.ExtractedDataJson is null ? null : JsonDocument.Parse(job.ExtractedDataJson).RootElement.Clone(),
        job.ErrorMessage,
        job.LastError,
        job.TraceId,
        job.ReusedFromId);

    /// <summary>The Celery task states the original design's clients read.</summary>
    private static string ToTaskStatus(OcrJobStatus status) => status switch
    {
        OcrJobStatus.Queued => "PENDING",
        OcrJobStatus.Processing => "STARTED",
        OcrJobStatus.Completed => "SUCCESS",
        OcrJobStatus.Failed => "FAILURE",
        OcrJobStatus.Cancelled => "REVOKED",
        _ => "PENDING",
    };
}

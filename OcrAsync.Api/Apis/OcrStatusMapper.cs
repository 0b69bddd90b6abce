namespace OcrAsync.Api.Apis;

internal static class OcrStatusMapper
{
    public static OcrStatusResponse ToResponse(this OcrJob job)
    {
        var corrections = CorrectionHistory.Parse(job.CorrectionsJson);
        var machine = job.ExtractedDataJson is null ? (JsonElement?)null : JsonDocument.Parse(job.ExtractedDataJson).RootElement.Clone();
        var response = Machine(job, machine);
        return corrections.Count == 0 ? response : response with
        {
            ExtractedData = CorrectedData.Apply(machine, CorrectionHistory.Current(corrections)),
            Corrected = true,
            Corrections = corrections,
            MachineExtractedData = machine,
        };
    }

    private static OcrStatusResponse Machine(OcrJob job, JsonElement? data) => new(
        job.Id,
        job.Status,
        job.TaskId,
        ToTaskStatus(job.Status),
        new TaskInfo(job.StatusMessage ?? string.Empty, job.Progress),
        job.FileName,
        job.Priority,
        job.TemplateId,
        job.Attempts,
        job.CreatedAt,
        job.StartedAt,
        job.CompletedAt,
        job.ConfidenceScore,
        job.ProcessingTimeSeconds,
        job.ExtractedText,
        data,
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

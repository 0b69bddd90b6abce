namespace OcrAsync.Api.Apis;

/// <summary>
/// The status answer; result fields are present only once the job has them. A corrected result shows the corrected
/// values in <c>extracted_data</c>, the history in <c>corrections</c> and the machine's own in <c>machine_extracted_data</c>.
/// </summary>
public sealed record OcrStatusResponse(
    Guid OcrResultId,
    OcrJobStatus Status,
    Guid TaskId,
    string TaskStatus,
    TaskInfo TaskInfo,
    string FileName,
    JobPriority Priority,
    string? TemplateId,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    double? ConfidenceScore,
    double? ProcessingTime,
    string? ExtractedText,
    JsonElement? ExtractedData,
    string? ErrorMessage,
    string? LastError,
    string? TraceId,
    Guid? ReusedFrom = null,
    bool Corrected = false,
    IReadOnlyList<FieldCorrection>? Corrections = null,
    JsonElement? MachineExtractedData = null);

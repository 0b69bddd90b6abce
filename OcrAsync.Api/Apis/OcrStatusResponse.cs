using System.Text.Json;

namespace OcrAsync.Api.Apis;

/// <summary>The status answer; result fields are present only once the job has them.</summary>
public sealed record OcrStatusResponse(
    Guid OcrResultId,
    string Status,
    Guid TaskId,
    string TaskStatus,
    TaskInfo TaskInfo,
    string FileName,
    string Priority,
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
    Guid? ReusedFrom = null);

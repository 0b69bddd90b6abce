namespace OcrAsync.Api.Apis;

/// <summary>One line of the caller's recent jobs: enough for a list; the full result is at check_status_url.</summary>
public sealed record RecentJobResponse(
    Guid OcrResultId,
    Guid TaskId,
    string FileName,
    OcrJobStatus Status,
    int Progress,
    string Message,
    JobPriority Priority,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    double? ConfidenceScore,
    string? ErrorMessage,
    string CheckStatusUrl);

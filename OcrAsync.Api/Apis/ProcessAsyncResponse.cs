namespace OcrAsync.Api.Apis;

/// <summary>The 202 answer of process-async (the original design's shape).</summary>
public sealed record ProcessAsyncResponse(
    string Message,
    Guid OcrResultId,
    Guid TaskId,
    OcrJobStatus Status,
    string EstimatedTime,
    string CheckStatusUrl,
    string Notification);

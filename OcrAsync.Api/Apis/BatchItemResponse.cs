namespace OcrAsync.Api.Apis;

public sealed record BatchItemResponse(Guid OcrResultId, Guid TaskId, string FileName, OcrJobStatus Status, int Progress, string? ErrorMessage);

namespace OcrAsync.Api.Apis;

public sealed record BatchItemResponse(Guid OcrResultId, Guid TaskId, string FileName, string Status, int Progress, string? ErrorMessage);

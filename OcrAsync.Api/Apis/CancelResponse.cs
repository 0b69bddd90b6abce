namespace OcrAsync.Api.Apis;

public sealed record CancelResponse(Guid OcrResultId, Guid TaskId, OcrJobStatus Status, string Message);

namespace OcrAsync.Api.Apis;

public sealed record CancelResponse(Guid OcrResultId, Guid TaskId, string Status, string Message);

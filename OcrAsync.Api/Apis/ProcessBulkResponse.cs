namespace OcrAsync.Api.Apis;

public sealed record ProcessBulkResponse(
    string Message,
    Guid BatchId,
    int Accepted,
    int Rejected,
    string CheckStatusUrl,
    IReadOnlyList<BulkItemResponse> Items);

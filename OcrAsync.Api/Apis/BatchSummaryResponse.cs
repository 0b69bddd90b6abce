namespace OcrAsync.Api.Apis;

public sealed record BatchSummaryResponse(
    Guid BatchId,
    int Total,
    IReadOnlyDictionary<string, int> Counts,
    bool Finished,
    IReadOnlyList<BatchItemResponse> Items);

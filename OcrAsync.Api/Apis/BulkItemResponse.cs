namespace OcrAsync.Api.Apis;

/// <summary>One file of a bulk upload: accepted with its ids, or rejected with the reason.</summary>
public sealed record BulkItemResponse(string FileName, string Status, Guid? OcrResultId = null, Guid? TaskId = null, string? Error = null);

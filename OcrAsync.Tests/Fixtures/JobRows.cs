namespace OcrAsync.Tests.Fixtures;

/// <summary>
/// <see cref="OcrJob"/> rows for tests that store or hand over a job without an upload through the API: the columns
/// every row needs, filled as an image upload with the API's default confidence threshold fills them, and the columns
/// the tests vary as arguments, so a new required column is added in one place.
/// </summary>
public static class JobRows
{
    public static OcrJob New(
        string userId,
        DateTimeOffset createdAt,
        OcrJobStatus status = OcrJobStatus.Queued,
        DateTimeOffset? dispatchedAt = null,
        string fileName = "invoice.png",
        long fileSize = 0) => new()
    {
        Id = Guid.NewGuid(),
        TaskId = Guid.NewGuid(),
        UserId = userId,
        FileName = fileName,
        ContentType = "image/png",
        FileSize = fileSize,
        ConfidenceThreshold = 0.7,
        Status = status,
        CreatedAt = createdAt,
        DispatchedAt = dispatchedAt,
    };
}

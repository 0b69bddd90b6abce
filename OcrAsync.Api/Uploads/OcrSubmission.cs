using OcrAsync.Core.Documents;

namespace OcrAsync.Api.Uploads;

/// <summary>A validated upload, ready to be stored as a job.</summary>
public sealed record OcrSubmission(
    string UserId,
    string FileName,
    DocumentType DocumentType,
    byte[] Content,
    UploadSettings Settings,
    Guid? BatchId = null,
    string? IdempotencyKey = null);

using OcrAsync.Core.Documents;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Api.Uploads;

/// <summary>A validated upload, ready to be stored as a job.</summary>
public sealed record OcrSubmission(
    string UserId,
    string FileName,
    DocumentType DocumentType,
    byte[] Content,
    JobPriority Priority,
    double ConfidenceThreshold);

namespace OcrAsync.Core.Corrections;

/// <summary>Learning from one correction: read from the <c>ocr:ai</c> stream by the worker's training consumer.</summary>
public sealed class TrainingJob
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    /// <summary>The corrected OCR job.</summary>
    public Guid OcrJobId { get; set; }
    public TrainingJobStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public string? ErrorMessage { get; set; }
    /// <summary>The learned template it created or extended.</summary>
    public Guid? TemplateId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the stream entry was written; null when Redis could not be reached at the time.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

namespace OcrAsync.Core.Notifications;

/// <summary>
/// What a notification is about. Every job event names the job (ids, file name, status); the rest is set only by the
/// events it belongs to and left out of the JSON otherwise.
/// </summary>
public sealed record OcrNotificationData
{
    public Guid? OcrResultId { get; init; }
    public Guid? TaskId { get; init; }
    public string? FileName { get; init; }
    public string? Status { get; init; }
    /// <summary>0–100: 10 picked up, 10–90 while pages are recognised, 95 fields extracted, 100 completed.</summary>
    public int? Progress { get; init; }
    public double? Confidence { get; init; }
    public string? InvoiceNumber { get; init; }
    public decimal? TotalAmount { get; init; }
    /// <summary>Invoice date as yyyy-MM-dd.</summary>
    public string? Date { get; init; }
    public string? Currency { get; init; }
    public bool? NeedsReview { get; init; }
    public string? ErrorMessage { get; init; }

    /// <summary>ai_training: the training job, its stage (queued, progress, completed, failed) and what was learned.</summary>
    public Guid? TrainingId { get; init; }
    public string? Stage { get; init; }
    public string? Vendor { get; init; }
    public Guid? TemplateId { get; init; }
    public IReadOnlyList<string>? FieldsLearned { get; init; }
    public int? Examples { get; init; }
}

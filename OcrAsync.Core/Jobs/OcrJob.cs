namespace OcrAsync.Core.Jobs;

/// <summary>One uploaded document and everything known about its processing. Postgres is the source of truth.</summary>
public sealed class OcrJob
{
    public Guid Id { get; set; }
    public Guid TaskId { get; set; }
    public required string UserId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long FileSize { get; set; }
    public JobPriority Priority { get; set; }
    public double ConfidenceThreshold { get; set; }
    public string? TemplateId { get; set; }
    /// <summary>Tesseract languages for this document (e.g. "eng+vie"); null means the worker's default.</summary>
    public string? Language { get; set; }
    /// <summary>Set when the file came in a bulk upload.</summary>
    public Guid? BatchId { get; set; }
    /// <summary>The client's Idempotency-Key: a repeated submit with the same key returns this job.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>SHA-256 of the uploaded bytes (hex): the same file submitted again can reuse a finished result.</summary>
    public string? ContentHash { get; set; }
    /// <summary>Set when this job took the finished result of an earlier job of the same user instead of running.</summary>
    public Guid? ReusedFromId { get; set; }

    public OcrJobStatus Status { get; set; }
    public int Progress { get; set; }
    public string? StatusMessage { get; set; }
    public int Attempts { get; set; }
    /// <summary>The error of the last failed attempt, kept while the job is retried.</summary>
    public string? LastError { get; set; }
    /// <summary>Set by a cancel request while the job runs; the worker stops at the next page boundary.</summary>
    public DateTimeOffset? CancelRequestedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the stream entry was written; null means the outbox relay still has to publish it.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    /// <summary>While processing, the time after which another worker may take the job over.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public string? ExtractedText { get; set; }
    public double? ConfidenceScore { get; set; }
    public double? ProcessingTimeSeconds { get; set; }
    /// <summary>The extracted invoice fields as JSON (jsonb).</summary>
    public string? ExtractedDataJson { get; set; }
    public string? ErrorMessage { get; set; }
    /// <summary>The user's corrections, oldest first (jsonb); <see cref="ExtractedDataJson"/> keeps the machine's values.</summary>
    public string? CorrectionsJson { get; set; }

    /// <summary>The distributed trace the job ran under (W3C trace id): find it in the dashboard's traces.</summary>
    public string? TraceId { get; set; }

    public OcrJobFile? File { get; set; }
}

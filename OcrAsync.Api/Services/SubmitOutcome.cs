namespace OcrAsync.Api.Services;

/// <summary>What a submit did: a new job, the original one for a repeated Idempotency-Key, or a job the API ran itself.</summary>
public sealed record SubmitOutcome(OcrJob Job, bool Replayed = false, bool ProcessedInline = false);

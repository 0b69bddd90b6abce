namespace OcrAsync.Benchmarks.Performance;

/// <summary>The status fields the benchmarks use (times from the server: API and worker on the same machine clock).</summary>
internal sealed record JobStatus(string Status, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, double? ProcessingTimeSeconds)
{
    public bool IsFinished => Status is "completed" or "failed" or "cancelled";
}

using StackExchange.Redis;

namespace OcrAsync.Core.Messaging;

/// <summary>The stream entry that tells a worker which job to run; the job itself lives in Postgres.</summary>
public sealed record OcrJobStreamEntry(Guid JobId, DateTimeOffset EnqueuedAt, string? TraceParent)
{
    private const string JobIdField = "job_id";
    private const string EnqueuedAtField = "enqueued_at";
    private const string TraceParentField = "traceparent";

    public NameValueEntry[] ToFields() =>
    [
        new(JobIdField, JobId.ToString()),
        new(EnqueuedAtField, EnqueuedAt.ToUnixTimeMilliseconds()),
        new(TraceParentField, TraceParent ?? string.Empty),
    ];

    /// <summary>Reads an entry; null when it is not one of ours (it is then acknowledged and dropped).</summary>
    public static OcrJobStreamEntry? TryParse(StreamEntry entry)
    {
        if (!Guid.TryParse(entry[JobIdField].ToString(), out var jobId))
        {
            return null;
        }

        var enqueuedAt = entry[EnqueuedAtField].TryParse(out long ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.UtcNow;
        var traceParent = entry[TraceParentField].ToString();
        return new OcrJobStreamEntry(jobId, enqueuedAt, string.IsNullOrEmpty(traceParent) ? null : traceParent);
    }
}

using System.ComponentModel.DataAnnotations;

namespace OcrAsync.Api.Resilience;

/// <summary>How long an upload may wait on Redis and Postgres before it is answered anyway (`Accept:*`).</summary>
public sealed class AcceptOptions
{
    public const string SectionName = "Accept";

    /// <summary>
    /// Wait for the stream entry of a committed job at most this long; past it the client gets its 202 and the outbox
    /// relay publishes the job later (a stalled Redis otherwise holds the answer for the client's 5 s timeout).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Longest wait for each database step of a submit; past it the answer is 503 with Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan DatabaseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Retry-After of a 503 answered because the database did not answer.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}

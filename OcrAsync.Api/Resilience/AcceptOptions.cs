namespace OcrAsync.Api.Resilience;

/// <summary>How long an upload may wait on Postgres before it is answered anyway, and when an unanswered publish goes to the outbox relay (`Accept:*`).</summary>
public sealed class AcceptOptions : IOptionsSection
{
    public static string SectionName => "Accept";

    /// <summary>
    /// A committed job's stream publish still unanswered after this long wakes the outbox relay, which publishes the job
    /// again once Redis answers. The client never waits for the publish (<c>PublishFollowUp</c>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Longest wait for each database step of a submit; past it the answer is 503 with Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan DatabaseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a database step cancelled at <see cref="DatabaseTimeout"/> may take to end before the 503 is sent
    /// anyway. Npgsql ends a cancelled command within its cancellation timeout (2 s) even when the server does not
    /// answer; until it has, the request's DbContext must not go back to the pool.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan CancelGrace { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The Retry-After of a 503 answered because the database did not answer.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}

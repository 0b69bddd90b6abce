using System.ComponentModel.DataAnnotations;
using OcrAsync.Api.Services.Commits;

namespace OcrAsync.Api.Resilience;

/// <summary>How long an upload may wait on Postgres before it is answered anyway, and when an unanswered publish goes to the outbox relay (`Accept:*`).</summary>
public sealed class AcceptOptions
{
    public const string SectionName = "Accept";

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

    /// <summary>How uploads are committed to Postgres (with `Storage:Provider` Postgres; the blob store commits its own way).</summary>
    public UploadStoreMode StoreMode { get; set; } = UploadStoreMode.Direct;

    /// <summary>With <see cref="UploadStoreMode.Grouped"/>: how many batches may be written at once.</summary>
    [Range(1, 16)]
    public int GroupCommitWriters { get; set; } = 2;

    /// <summary>With <see cref="UploadStoreMode.Grouped"/>: most uploads in one transaction.</summary>
    [Range(1, 500)]
    public int GroupCommitMaxUploads { get; set; } = 32;

    /// <summary>With <see cref="UploadStoreMode.Grouped"/>: most bytes of files in one transaction (a single larger file still goes alone).</summary>
    [Range(1_048_576, 1_073_741_824)]
    public long GroupCommitMaxBytes { get; set; } = 16 * 1_048_576;
}

namespace OcrAsync.Api.Security;

/// <summary>Limits against queue flooding (`Abuse:*` settings).</summary>
public sealed class AbuseOptions : IOptionsSection
{
    public static string SectionName => "Abuse";

    /// <summary>Submit requests (single or bulk) a user may burst.</summary>
    [Range(1, 100_000)]
    public int SubmitBurst { get; set; } = 60;

    /// <summary>Submit requests a user regains per minute after a burst.</summary>
    [Range(1, 100_000)]
    public int SubmitsPerMinute { get; set; } = 60;

    /// <summary>Jobs one user may have waiting at once; more are refused with 429 until some finish.</summary>
    [Range(1, 1_000_000)]
    public int MaxQueuedJobsPerUser { get; set; } = 500;

    /// <summary>Browser origins allowed to call the API; none by default (CORS closed).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

namespace OcrAsync.Core.Upkeep;

/// <summary>How long uploads and results are kept (section "Retention").</summary>
public sealed class RetentionOptions : IOptionsSection
{
    public static string SectionName => "Retention";

    /// <summary>Upload bytes of finished jobs older than this are deleted; the job and its result stay.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "36500.00:00:00")]
    public TimeSpan Files { get; set; } = TimeSpan.FromDays(30);

    /// <summary>When set, finished jobs (result, pages, corrections, file) older than this are deleted whole.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "36500.00:00:00")]
    public TimeSpan? Results { get; set; }
}

namespace OcrAsync.Core.Upkeep;

/// <summary>The scheduled upkeep (section "Upkeep"): how often each schedule runs and what it keeps.</summary>
public sealed class UpkeepOptions : IOptionsSection
{
    public static string SectionName => "Upkeep";

    public bool Enabled { get; set; } = true;

    /// <summary>How often each replica looks for a due schedule; a schedule still runs once per its own period.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Period of the file and result retention schedules.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetentionEvery { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan DeadLetterTrimEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Entries each dead-letter stream keeps at most (the newest).</summary>
    [Range(0, 10_000_000)]
    public int DeadLetterMaxLength { get; set; } = 10_000;

    /// <summary>Dead-letter entries older than this are removed.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan DeadLetterMaxAge { get; set; } = TimeSpan.FromDays(30);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StuckSweepEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A job processing under a lease that ran out this long ago has lost its stream entry too (the worker's reclaim
    /// would have taken it over by then): it is queued again through the outbox.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Rows deleted per statement, so one run never holds a huge delete.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1_000;
}

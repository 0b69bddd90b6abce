namespace OcrAsync.Core.Upkeep;

/// <summary>When a schedule last ran (on whichever replica), so that every replica skips it until it is due again.</summary>
public sealed class UpkeepRun
{
    public required string Schedule { get; set; }
    public DateTimeOffset LastRunAt { get; set; }
    /// <summary>What the last run removed (files, jobs, entries), for inspection.</summary>
    public long LastRemoved { get; set; }
}

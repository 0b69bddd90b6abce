namespace OcrAsync.Core.Upkeep;

/// <summary>One scheduled task: its name (metrics tag, row key) and the advisory lock only one replica can hold.</summary>
public sealed record UpkeepSchedule(string Name, int LockKey)
{
    public static readonly UpkeepSchedule UploadFiles = new("upload-files", 1);
    public static readonly UpkeepSchedule Results = new("results", 2);
    public static readonly UpkeepSchedule DeadLetters = new("dead-letters", 3);
    public static readonly UpkeepSchedule StuckJobs = new("stuck-jobs", 4);

    /// <summary>Upload files without a job (Storage:Provider Blob or Directory), every Storage:SweepInterval.</summary>
    public static readonly UpkeepSchedule OrphanFiles = new("orphan-files", 5);

    /// <summary>First key of pg_try_advisory_xact_lock(int, int): OcrAsync's lock space ("OCRU"), apart from others'.</summary>
    public const int LockSpace = 0x4F435255;
}

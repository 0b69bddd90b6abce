namespace OcrAsync.Core.Jobs.Files;

/// <summary>The `Storage:*` settings: which <see cref="IUploadFileStore"/> holds uploads, where, and the orphan sweep of a store outside Postgres.</summary>
public sealed class StorageOptions : IOptionsSection
{
    public static string SectionName => "Storage";

    /// <summary>The connection string name (ConnectionStrings:blobs) the AppHost passes with the blob storage reference.</summary>
    public const string BlobConnectionName = "blobs";

    public StorageProvider Provider { get; set; } = StorageProvider.Postgres;

    /// <summary>Blob container of the uploads (lower-case letters, digits and dashes, 3 to 63 characters).</summary>
    [RegularExpression("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$")]
    public string Container { get; set; } = "uploads";

    /// <summary>With <see cref="StorageProvider.Directory"/>: the directory of the upload files, the same for the API and every worker.</summary>
    public string? Directory { get; set; }

    /// <summary>
    /// With <see cref="StorageProvider.Directory"/>: write each upload's file past the page cache (O_DIRECT, Linux), so
    /// that its fsync does not wait for a kernel worker thread's CPU time (<see cref="DirectFileWrite"/>). Off: buffered
    /// write and fsync. A file system that refuses direct writes gets buffered ones either way.
    /// </summary>
    public bool DirectWrite { get; set; } = true;

    /// <summary>A file without a job row at least this old is an orphan; far longer than any upload's commit.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan OrphanAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often one API replica sweeps orphan files, blobs or directory files (an upkeep schedule, looked at every Upkeep:CheckInterval).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);
}

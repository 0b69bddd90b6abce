namespace OcrAsync.Core.Jobs.Files;

/// <summary>Where uploaded bytes live: the `Storage:Provider` setting.</summary>
public enum StorageProvider
{
    /// <summary>A table beside the jobs (ocr_job_files): nothing else to run.</summary>
    Postgres,
    /// <summary>Azure Blob Storage (Azurite locally), one blob per job.</summary>
    Blob,
    /// <summary>A directory the API and the workers share (`Storage:Directory`), one file per job, synced before the job's commit.</summary>
    Directory,
}

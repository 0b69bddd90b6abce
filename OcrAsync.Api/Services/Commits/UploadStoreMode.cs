namespace OcrAsync.Api.Services.Commits;

/// <summary>How an upload's job and file reach Postgres (`Accept:StoreMode`).</summary>
public enum UploadStoreMode
{
    /// <summary>Each request inserts and commits its own upload, all at once (the default: measured best, BENCHMARKS.md "p99-commit").</summary>
    Direct,

    /// <summary>
    /// Writers commit the uploads waiting at that moment in one transaction each (<see cref="UploadGroupCommit"/>). Opt-in:
    /// on the loaded shared machine it answered slower than <see cref="Direct"/>; kept for the quiet-machine comparison.
    /// </summary>
    Grouped,
}

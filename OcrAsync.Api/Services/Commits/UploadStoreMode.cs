namespace OcrAsync.Api.Services.Commits;

/// <summary>How an upload's job and file reach Postgres (`Accept:StoreMode`).</summary>
public enum UploadStoreMode
{
    /// <summary>Each request inserts and commits its own upload, all at once.</summary>
    Direct,

    /// <summary>Each request commits its own upload, at most `Accept:StoreConcurrency` at a time (<see cref="StoreGate"/>).</summary>
    Limited,

    /// <summary>One writer commits the uploads waiting at that moment in one transaction (<see cref="UploadGroupCommit"/>).</summary>
    Grouped,
}

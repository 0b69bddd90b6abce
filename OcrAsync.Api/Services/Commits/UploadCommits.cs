using Microsoft.Extensions.Options;
using OcrAsync.Api.Resilience;

namespace OcrAsync.Api.Services.Commits;

/// <summary>The ways an upload can be committed, and which one `Accept:StoreMode` chose.</summary>
public sealed class UploadCommits(IOptions<AcceptOptions> options, StoreGate gate, UploadGroupCommit group)
{
    public UploadStoreMode Mode { get; } = options.Value.StoreMode;
    public StoreGate Gate => gate;
    public UploadGroupCommit Group => group;
}

using Microsoft.Extensions.Options;
using OcrAsync.Api.Resilience;

namespace OcrAsync.Api.Services.Commits;

/// <summary>The ways an upload can be committed, and which one `Accept:StoreMode` chose.</summary>
public sealed class UploadCommits(IOptions<AcceptOptions> options, UploadGroupCommit group)
{
    public UploadStoreMode Mode { get; } = options.Value.StoreMode;
    public UploadGroupCommit Group => group;
}

namespace OcrAsync.AppHost.Infrastructure;

/// <summary>
/// The backing services every project references, however they run; <see cref="Blobs"/> only with Storage:Provider=Blob,
/// <see cref="UploadDirectory"/> only with Storage:Provider=Directory in run mode (uploads otherwise stay in Postgres).
/// </summary>
public sealed record OcrInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> Redis,
    IResourceBuilder<IResourceWithConnectionString> Database,
    IResourceBuilder<IResourceWithConnectionString>? Blobs = null,
    string? UploadDirectory = null);

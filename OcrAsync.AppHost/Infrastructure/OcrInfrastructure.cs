namespace OcrAsync.AppHost.Infrastructure;

/// <summary>The two backing services every project references, however they run.</summary>
public sealed record OcrInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> Redis,
    IResourceBuilder<IResourceWithConnectionString> Database);

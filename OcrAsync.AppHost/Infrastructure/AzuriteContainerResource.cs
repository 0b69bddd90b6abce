namespace OcrAsync.AppHost.Infrastructure;

/// <summary>The Azurite blob emulator's container, when a container runtime is there.</summary>
public sealed class AzuriteContainerResource(string name) : ContainerResource(name), IResourceWithConnectionString
{
    public const string Image = "mcr.microsoft.com/azure-storage/azurite";
    public const string Tag = "3.37.0";
    public const int BlobPort = 10000;

    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new(this, AzuriteAccount.EndpointName);

    public ReferenceExpression ConnectionStringExpression => AzuriteAccount.ConnectionStringFor(Endpoint);
}

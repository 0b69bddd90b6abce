namespace OcrAsync.AppHost.Infrastructure;

/// <summary>The Azurite blob emulator as a local Node process (tools/azurite), for machines without a container runtime.</summary>
public sealed class LocalAzuriteResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new(this, AzuriteAccount.EndpointName);

    public ReferenceExpression ConnectionStringExpression => AzuriteAccount.ConnectionStringFor(Endpoint);
}

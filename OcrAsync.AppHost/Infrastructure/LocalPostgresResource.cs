namespace OcrAsync.AppHost.Infrastructure;

/// <summary>
/// A real PostgreSQL server process started by <c>start-postgres.sh</c> (initdb on first use), for machines without a
/// container runtime. Trust authentication on 127.0.0.1 only: a development server, never a published one.
/// </summary>
public sealed class LocalPostgresResource(string name, string workingDirectory)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string UserName = "postgres";

    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ConnectionStringFor("postgres");

    public ReferenceExpression ConnectionStringFor(string database) =>
        ReferenceExpression.Create(
            $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username={UserName};Database={database}");
}

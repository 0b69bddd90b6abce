namespace OcrAsync.AppHost.Infrastructure;

/// <summary>How Redis and Postgres run: the `Infrastructure` setting.</summary>
public enum InfrastructureMode
{
    /// <summary>Containers when publishing or when a container runtime answers; local processes otherwise.</summary>
    Auto,
    Containers,
    Local,
}

namespace OcrAsync.AppHost.Infrastructure;

/// <summary>The decision, made before the model is built, and why (it is logged).</summary>
public sealed record InfrastructureChoice(bool UseContainers, string Reason)
{
    /// <summary>
    /// Publishing always uses containers (azd rejects executables); otherwise the setting decides, and Auto asks
    /// whether a container runtime is healthy. Container resources without a runtime never start, and everything
    /// waiting on them would hang.
    /// </summary>
    public static InfrastructureChoice Decide(InfrastructureMode mode, bool isPublishMode, Func<bool> containerRuntimeIsHealthy) => mode switch
    {
        _ when isPublishMode => new(true, "publish mode always uses containers"),
        InfrastructureMode.Containers => new(true, "Infrastructure=Containers"),
        InfrastructureMode.Local => new(false, "Infrastructure=Local"),
        _ when containerRuntimeIsHealthy() => new(true, "a container runtime answered"),
        _ => new(false, "no healthy container runtime (docker info did not answer)"),
    };
}

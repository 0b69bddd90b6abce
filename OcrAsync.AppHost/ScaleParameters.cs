namespace OcrAsync.AppHost;

/// <summary>
/// Replica bounds of the deployed container apps, as AppHost parameters so that azd asks for them (or takes the default):
/// the infra templates (infra/*.tmpl.yaml) read them by their bicep names (dashes become underscores).
/// </summary>
public static class ScaleParameters
{
    public const string WorkerMinReplicas = "worker-min-replicas";
    public const string WorkerMaxReplicas = "worker-max-replicas";
    public const string ApiMinReplicas = "api-min-replicas";
    public const string ApiMaxReplicas = "api-max-replicas";

    /// <summary>Name and default: workers scale to zero on an empty queue; the API keeps one replica (it accepts uploads and runs the upkeep).</summary>
    public static readonly IReadOnlyList<(string Name, string Default)> All =
    [
        (WorkerMinReplicas, "0"),
        (WorkerMaxReplicas, "10"),
        (ApiMinReplicas, "1"),
        (ApiMaxReplicas, "5"),
    ];

    public static void AddScaleParameters(this IDistributedApplicationBuilder builder)
    {
        foreach (var (name, value) in All)
        {
            builder.AddParameter(name, value, publishValueAsDefault: true);
        }
    }
}

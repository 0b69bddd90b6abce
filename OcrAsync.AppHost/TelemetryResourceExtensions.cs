namespace OcrAsync.AppHost;

internal static class TelemetryResourceExtensions
{
    /// <summary>
    /// Metrics go to the dashboard every 10 s instead of Aspire's development default of every second: collecting and
    /// exporting every instrument was the largest cost of an idle service, and the dashboard's charts lose nothing
    /// that matters at that pace. Traces and logs keep their 1 s batches (they cost nothing when there is nothing).
    /// </summary>
    public static IResourceBuilder<T> WithLeanTelemetry<T>(this IResourceBuilder<T> resource)
        where T : IResourceWithEnvironment =>
        resource.WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "10000");
}

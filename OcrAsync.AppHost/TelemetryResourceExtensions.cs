namespace OcrAsync.AppHost;

internal static class TelemetryResourceExtensions
{
    /// <summary>
    /// Metrics go to the dashboard every 30 s instead of Aspire's development default of every second: collecting and
    /// exporting every instrument (and sampling the queue gauges, which read Redis and Postgres) was the largest cost
    /// of an idle service (10 s still left API + worker above 1 % of a core idle). The dashboard's charts get a point
    /// every 30 s. Spans and log records are sent in batches every 5 s instead of every second: each batch processor's
    /// thread wakes at every interval even when it has nothing to send (about 0.3 ms of CPU a wake-up on a host where
    /// thread switches are dear), and a full batch (512) is sent at once whatever the interval, so only an idle
    /// service's last records reach the dashboard up to 5 s later.
    /// </summary>
    public static IResourceBuilder<T> WithLeanTelemetry<T>(this IResourceBuilder<T> resource)
        where T : IResourceWithEnvironment =>
        resource.WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "30000")
            .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "5000")
            .WithEnvironment("OTEL_BLRP_SCHEDULE_DELAY", "5000");
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OcrAsync.Worker.Health;

public sealed class ConsumerHealthCheck(ConsumerHeartbeat heartbeat, IOptions<ConsumerOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!heartbeat.HasStarted)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Consumer loop has not started"));
        }

        // A loop beats at least every poll interval while idle and after every job (bounded by the lease).
        var limit = options.Value.LeaseDuration + options.Value.IdlePollInterval;
        var since = heartbeat.SinceLastBeat;
        return Task.FromResult(since <= limit
            ? HealthCheckResult.Healthy($"Consumer loop active {since.TotalSeconds:F1} s ago")
            : HealthCheckResult.Unhealthy($"Consumer loop stalled for {since.TotalSeconds:F0} s"));
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OcrAsync.Core.Hosting;

/// <summary>Unhealthy while a background loop cannot do its work, or once one has ended although the host runs on.</summary>
public sealed class BackgroundLoopHealthCheck(LoopMonitor monitor, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stopping = lifetime.ApplicationStopping.IsCancellationRequested;
        var problems = monitor.Loops
            .Where(l => l.Value.FailingSince is not null || (!l.Value.Running && !stopping))
            .Select(l => l.Value.Running
                ? $"{l.Key} failing for {monitor.FailingFor(l.Value)?.TotalSeconds:F0} s ({l.Value.LastError})"
                : $"{l.Key} has stopped")
            .ToList();
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy($"{monitor.Loops.Count} background loop(s) working")
            : HealthCheckResult.Unhealthy(string.Join("; ", problems)));
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Stops waiting for a check when its registration's timeout cancels the token, even if the check itself ignores the
/// token (a driver blocked on a frozen server): the health service then reports it unhealthy ("timeout") at once.
/// </summary>
internal sealed class TimeBoundHealthCheck(IHealthCheck inner) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        inner.CheckHealthAsync(context, cancellationToken).WaitAsync(cancellationToken);
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OcrAsync.Api.Services;

public sealed class DatabaseMigrationHealthCheck(DatabaseMigrationState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsApplied
            ? HealthCheckResult.Healthy("Migrations applied")
            : HealthCheckResult.Unhealthy("Database migrations not applied yet"));
}

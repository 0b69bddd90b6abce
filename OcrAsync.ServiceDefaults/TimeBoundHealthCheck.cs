using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Runs a check in a scope of its own and stops waiting for it when its registration's timeout cancels the token,
/// even if the check ignores the token (a driver blocked on a frozen server): the health service then reports it
/// unhealthy at once. The abandoned check finishes, and its scope (a DbContext still connecting) is disposed, in the
/// background, so neither can hold /health or fail it.
/// </summary>
internal sealed class TimeBoundHealthCheck(IServiceScopeFactory scopes, Func<IServiceProvider, IHealthCheck> factory) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        RunInOwnScopeAsync(context, cancellationToken).WaitAsync(cancellationToken);

    private async Task<HealthCheckResult> RunInOwnScopeAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            return await factory(scope.ServiceProvider).CheckHealthAsync(context, cancellationToken);
        }
        finally
        {
            try
            {
                await scope.DisposeAsync();
            }
            catch (InvalidOperationException)
            {
                // A connection abandoned mid-open refuses to close; it is dropped with the scope all the same.
            }
        }
    }
}

using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OcrAsync.AppHost.Infrastructure;

/// <summary>Healthy once the blob service answers an authenticated request (WaitFor(blobs) waits for this).</summary>
internal sealed class BlobStorageHealthCheck(Func<string?> connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (connectionString() is not { } value)
        {
            return HealthCheckResult.Unhealthy("The blob storage connection string is not available yet.");
        }

        try
        {
            await new BlobServiceClient(value).GetPropertiesAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The blob service did not answer.", ex);
        }
    }
}

using Microsoft.Extensions.Hosting;

namespace OcrAsync.AppHost.Infrastructure;

/// <summary>Deletes an ephemeral run's data folder once the AppHost (and with it Redis and Postgres) has stopped.</summary>
internal sealed class EphemeralDataCleanup(IHostApplicationLifetime lifetime, LocalInfrastructureOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopped.Register(() =>
        {
            try
            {
                Directory.Delete(options.DataPath, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: it is a temporary folder.
            }
            catch (UnauthorizedAccessException)
            {
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

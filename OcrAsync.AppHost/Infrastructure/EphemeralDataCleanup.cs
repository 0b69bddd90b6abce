using Microsoft.Extensions.Hosting;

namespace OcrAsync.AppHost.Infrastructure;

/// <summary>Deletes an ephemeral run's data folder once the AppHost (and with it Redis and Postgres) has stopped.</summary>
internal sealed class EphemeralDataCleanup(IHostApplicationLifetime lifetime, LocalInfrastructureOptions options) : IHostedService
{
    private const string RelocationMarker = "relocated-to";
    private const string RelocationPrefix = "/var/tmp/ocrasync-postgres-";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopped.Register(() =>
        {
            try
            {
                // Postgres may have been relocated where its user can reach it (see start-postgres.sh).
                foreach (var marker in Directory.EnumerateFiles(options.DataPath, RelocationMarker, SearchOption.AllDirectories))
                {
                    var relocated = File.ReadAllText(marker).Trim();
                    if (relocated.StartsWith(RelocationPrefix, StringComparison.Ordinal) && Directory.Exists(relocated))
                    {
                        Directory.Delete(relocated, recursive: true);
                    }
                }

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

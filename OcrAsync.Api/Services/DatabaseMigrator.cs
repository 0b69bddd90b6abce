using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Api.Services;

/// <summary>Applies the committed EF Core migrations at start-up, retrying while the database is not reachable yet.</summary>
public sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopeFactory, DatabaseMigrationState state, ILogger<DatabaseMigrator> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OcrDbContext>();
                await db.Database.MigrateAsync(stoppingToken);
                state.MarkApplied();
                LogMigrated(logger);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever failed (a timeout cancels too), the API keeps running unhealthy and tries again.
                LogMigrationFailed(logger, ex.Message);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Database schema is up to date")]
    private static partial void LogMigrated(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "Database migration failed, retrying: {Reason}")]
    private static partial void LogMigrationFailed(ILogger logger, string reason);
}

using Microsoft.Extensions.Options;
using OcrAsync.Core.Hosting;
using OcrAsync.Core.Jobs.Files;

namespace OcrAsync.Api.Services;

/// <summary>
/// Runs <see cref="OrphanBlobSweeper"/> every <see cref="StorageOptions.SweepInterval"/> (Storage:Provider=Blob only):
/// upload blobs left by a failed commit, or by jobs deleted since, do not stay forever.
/// </summary>
public sealed class OrphanBlobSweep(IServiceScopeFactory scopeFactory, BackgroundLoop loop, IOptions<StorageOptions> options)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        loop.RunAsync("orphan-blob-sweep", options.Value.SweepInterval, SweepAsync, stoppingToken);

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OrphanBlobSweeper>().SweepAsync(options.Value.OrphanAge, cancellationToken);
    }
}

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Api.Services;

/// <summary>
/// Records that jobs reached their stream, all those published within <see cref="BatchWindow"/> in one UPDATE, off the
/// request: an upload commits once (job and file) instead of twice. Until recorded a job looks undispatched, which the
/// outbox relay leaves alone for its 5 s grace; a batch that fails is left to the relay, which publishes those jobs
/// again (harmless: a worker claims a job in Postgres before it runs it).
/// </summary>
public sealed partial class DispatchRecorder(IServiceScopeFactory scopes, TimeProvider timeProvider, ILogger<DispatchRecorder> logger)
    : BackgroundService
{
    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(100);
    private const int MaxBatch = 500;

    private readonly Channel<Guid> _published = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The job's stream entry is written: its dispatch is recorded within about <see cref="BatchWindow"/>.</summary>
    public void Published(Guid jobId) => _published.Writer.TryWrite(jobId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Guid>(MaxBatch);
        try
        {
            while (await _published.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(BatchWindow, timeProvider, stoppingToken);
                while (batch.Count < MaxBatch && _published.Reader.TryRead(out var id))
                {
                    batch.Add(id);
                }

                await RecordAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is not recorded yet is published again by the relay of this or another API instance.
        }
    }

    private async Task RecordAsync(List<Guid> jobIds, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var now = timeProvider.GetUtcNow();
            await scope.ServiceProvider.GetRequiredService<OcrDbContext>().Jobs
                .Where(j => jobIds.Contains(j.Id) && j.DispatchedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.DispatchedAt, now), stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogNotRecorded(logger, jobIds.Count, ex.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "The dispatch of {Count} published job(s) could not be recorded ({Reason}); the outbox relay will publish them again")]
    private static partial void LogNotRecorded(ILogger logger, int count, string reason);
}

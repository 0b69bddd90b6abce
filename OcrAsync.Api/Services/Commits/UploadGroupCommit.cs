using System.Threading.Channels;
using Microsoft.Extensions.Options;
using OcrAsync.Api.Resilience;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Api.Services.Commits;

/// <summary>
/// Group commit of uploads: a writer (one of <see cref="AcceptOptions.GroupCommitWriters"/>) takes every upload waiting when it is free (up to
/// <see cref="AcceptOptions.GroupCommitMaxUploads"/> and <see cref="AcceptOptions.GroupCommitMaxBytes"/>) and commits them
/// in one transaction, so a burst costs one WAL flush and one writer extending the file table instead of one each, all
/// queued on the same locks. Each request awaits its own batch's commit: durable before its 202. A batch that fails for
/// the database's sake (away, too slow: <see cref="AcceptOptions.DatabaseTimeout"/>) fails every upload in it with
/// <see cref="DatabaseUnavailableException"/> (503, nothing stored); one that fails for one upload's sake (a raced
/// idempotency key) is written again one upload at a time, so each request gets its own outcome.
/// </summary>
public sealed partial class UploadGroupCommit(
    IUploadBatchWriter writer,
    IOptions<AcceptOptions> options,
    TimeProvider timeProvider,
    ILogger<UploadGroupCommit> logger) : BackgroundService
{
    private readonly Channel<PendingUpload> _pending = Channel.CreateUnbounded<PendingUpload>();

    /// <summary>Queues the job (its file attached) and returns once it is committed; throws when it was not.</summary>
    public async Task CommitAsync(OcrJob job, long bytes, CancellationToken cancellationToken)
    {
        var pending = new PendingUpload(job, bytes, timeProvider.GetTimestamp(), cancellationToken);
        if (!_pending.Writer.TryWrite(pending))
        {
            throw new DatabaseUnavailableException("The API is stopping; the upload was not stored.");
        }

        // The writer answers every upload within the deadline (a batch is cancelled at it); this bound only guards
        // against a writer stuck in a driver that ignores cancellation, as DatabaseDeadline's grace does.
        var bound = options.Value.DatabaseTimeout * 2 + options.Value.CancelGrace;
        try
        {
            await pending.Committed.WaitAsync(bound, timeProvider, CancellationToken.None);
        }
        catch (TimeoutException ex)
        {
            throw new DatabaseUnavailableException($"The database did not answer within {bound.TotalSeconds:0.#} s.", ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Several writers: one batch's inserts go on while another's commit waits for its WAL flush.
        await Task.WhenAll(Enumerable.Range(0, options.Value.GroupCommitWriters).Select(_ => WriteBatchesAsync(stoppingToken)));
        _pending.Writer.TryComplete();
        var stopping = new DatabaseUnavailableException("The API is stopping; the upload was not stored.");
        while (_pending.Reader.TryRead(out var queued))
        {
            queued.Fail(stopping);
        }
    }

    private async Task WriteBatchesAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingUpload>();
        try
        {
            while (await _pending.Reader.WaitToReadAsync(stoppingToken))
            {
                TakeBatch(batch);
                if (batch.Count > 0)
                {
                    await CommitBatchAsync(batch, stoppingToken);
                }

                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the uploads still queued are answered by ExecuteAsync.
        }
    }

    /// <summary>
    /// Everything waiting now, oldest first, within the batch limits (the bytes' limit is looked at before taking the
    /// next upload, so a batch of one may exceed it); aborted and expired uploads are answered, not written.
    /// </summary>
    private void TakeBatch(List<PendingUpload> batch)
    {
        var limits = options.Value;
        long bytes = 0;
        while (batch.Count < limits.GroupCommitMaxUploads
               && (batch.Count == 0 || !_pending.Reader.TryPeek(out var peeked) || bytes + peeked.Bytes <= limits.GroupCommitMaxBytes)
               && _pending.Reader.TryRead(out var next))
        {
            if (next.RequestAborted.IsCancellationRequested)
            {
                next.Cancel();
                continue;
            }

            if (timeProvider.GetElapsedTime(next.EnqueuedAt) >= limits.DatabaseTimeout)
            {
                next.Fail(new DatabaseUnavailableException($"The database did not answer within {limits.DatabaseTimeout.TotalSeconds:0.#} s."));
                continue;
            }

            batch.Add(next);
            bytes += next.Bytes;
        }
    }

    private async Task CommitBatchAsync(IReadOnlyList<PendingUpload> batch, CancellationToken stoppingToken)
    {
        var timeout = options.Value.DatabaseTimeout;
        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, deadline.Token);
        try
        {
            await writer.WriteAsync([.. batch.Select(p => p.Job)], linked.Token);
        }
        catch (Exception ex) when (batch.Count > 1 && !linked.IsCancellationRequested && !DatabaseFaults.IsTransient(ex))
        {
            LogBatchRetriedOneByOne(logger, batch.Count, ex.GetType().Name);
            foreach (var single in batch)
            {
                await CommitBatchAsync([single], stoppingToken);
            }

            return;
        }
        catch (Exception ex)
        {
            var answer = deadline.IsCancellationRequested
                ? new DatabaseUnavailableException($"The database did not answer within {timeout.TotalSeconds:0.#} s.", ex)
                : stoppingToken.IsCancellationRequested
                    ? new DatabaseUnavailableException("The API is stopping; the upload was not stored.", ex)
                    : DatabaseFaults.IsTransient(ex) ? new DatabaseUnavailableException("The database cannot be reached.", ex) : ex;
            foreach (var pending in batch)
            {
                pending.Fail(answer);
            }

            return;
        }

        foreach (var pending in batch)
        {
            pending.Succeed();
        }
    }

    [LoggerMessage(LogLevel.Warning, "A group commit of {Count} uploads failed ({Reason}); writing them one at a time")]
    private static partial void LogBatchRetriedOneByOne(ILogger logger, int count, string reason);
}

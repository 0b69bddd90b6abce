using OcrAsync.Core.Jobs;

namespace OcrAsync.Api.Services.Commits;

/// <summary>An upload waiting for <see cref="UploadGroupCommit"/>'s writer, and the request awaiting its commit.</summary>
public sealed class PendingUpload(OcrJob job, long bytes, long enqueuedAt, CancellationToken requestAborted)
{
    private readonly TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public OcrJob Job { get; } = job;
    public long Bytes { get; } = bytes;
    public long EnqueuedAt { get; } = enqueuedAt;
    public CancellationToken RequestAborted { get; } = requestAborted;
    public Task Committed => _committed.Task;

    public void Succeed() => _committed.TrySetResult();
    public void Fail(Exception exception) => _committed.TrySetException(exception);
    public void Cancel() => _committed.TrySetCanceled(RequestAborted);
}

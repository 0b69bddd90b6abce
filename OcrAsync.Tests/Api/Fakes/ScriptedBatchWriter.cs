using System.Collections.Concurrent;
using OcrAsync.Api.Services.Commits;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Tests.Api.Fakes;

/// <summary>
/// Records each batch it is given and holds it until the test answers it (<see cref="Release"/>, <see cref="Fail"/>),
/// or answers at once from <see cref="Answer"/> when set.
/// </summary>
public sealed class ScriptedBatchWriter : IUploadBatchWriter
{
    private readonly ConcurrentQueue<(IReadOnlyList<OcrJob> Jobs, TaskCompletionSource Done, CancellationToken Token)> _held = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public ConcurrentQueue<IReadOnlyList<OcrJob>> Batches { get; } = new();

    /// <summary>When set, every batch is answered at once: null commits it, an exception fails it.</summary>
    public Func<IReadOnlyList<OcrJob>, Exception?>? Answer { get; set; }

    public Task WriteAsync(IReadOnlyList<OcrJob> jobs, CancellationToken cancellationToken)
    {
        Batches.Enqueue(jobs);
        if (Answer is { } answer)
        {
            return answer(jobs) is { } failure ? Task.FromException(failure) : Task.CompletedTask;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cancellationToken.Register(() => done.TrySetCanceled(cancellationToken));
        _held.Enqueue((jobs, done, cancellationToken));
        _arrived.Release();
        return done.Task;
    }

    /// <summary>Waits until the writer holds a batch, and returns its jobs.</summary>
    public async Task<IReadOnlyList<OcrJob>> HeldAsync()
    {
        Assert.True(await _arrived.WaitAsync(TimeSpan.FromSeconds(10)), "no batch reached the writer");
        Assert.True(_held.TryPeek(out var held));
        return held.Jobs;
    }

    /// <summary>Commits the oldest held batch.</summary>
    public void Release() => Dequeue().Done.SetResult();

    /// <summary>Fails the oldest held batch.</summary>
    public void Fail(Exception exception) => Dequeue().Done.SetException(exception);

    /// <summary>Whether the oldest held batch's writer was told to stop (its deadline).</summary>
    public bool HeldWasCancelled() => _held.TryPeek(out var held) && held.Token.IsCancellationRequested;

    private (IReadOnlyList<OcrJob> Jobs, TaskCompletionSource Done, CancellationToken Token) Dequeue()
    {
        Assert.True(_held.TryDequeue(out var held));
        return held;
    }
}

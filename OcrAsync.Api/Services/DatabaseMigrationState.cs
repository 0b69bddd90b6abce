namespace OcrAsync.Api.Services;

/// <summary>
/// Set once the schema is up to date; the API reports healthy only after that, and the background work that queries
/// the tables (<see cref="OutboxRelay"/>) starts only then: on a fresh database it failed on missing columns first.
/// </summary>
public sealed class DatabaseMigrationState
{
    private readonly TaskCompletionSource _applied = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsApplied => _applied.Task.IsCompleted;

    public void MarkApplied() => _applied.TrySetResult();

    public Task WhenAppliedAsync(CancellationToken cancellationToken) => _applied.Task.WaitAsync(cancellationToken);
}

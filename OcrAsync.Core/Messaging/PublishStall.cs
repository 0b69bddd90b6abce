namespace OcrAsync.Core.Messaging;

/// <summary>
/// Whether Redis answers the API's stream publishes on the accept path. Once a publish has outlived its timeout (the
/// API's <c>Accept:PublishTimeout</c>), Redis counts as stalled until some publish completes: meanwhile an upload
/// sends its publish without waiting for it, so a frozen Redis costs a client nothing instead of the whole timeout on
/// every upload (measured: 0.31 s each). A job whose publish is not awaited stays undispatched, and the outbox relay
/// publishes it again later, which is harmless (a worker runs a job only after claiming it in Postgres).
/// </summary>
public sealed class PublishStall
{
    private int _stalled;

    public bool IsStalled => Volatile.Read(ref _stalled) == 1;

    /// <summary>A publish completed: Redis answers.</summary>
    public void Answered() => Volatile.Write(ref _stalled, 0);

    /// <summary>A publish that was not answered in time (or not awaited): stalled until it, or a later one, completes.</summary>
    public void Unanswered(Task publish)
    {
        if (!publish.IsCompletedSuccessfully)
        {
            Volatile.Write(ref _stalled, 1);
        }

        _ = publish.ContinueWith(
            (completed, state) =>
            {
                if (completed.IsCompletedSuccessfully)
                {
                    ((PublishStall)state!).Answered();
                }

                return completed.Exception; // Observed: a publish that fails later is no unobserved task exception.
            },
            this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}

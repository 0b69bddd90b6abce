namespace OcrAsync.Api.Fallback;

/// <summary>
/// Where <see cref="WorkerPresence"/> reads the workers' reports (<see cref="RedisWorkerStatusSource"/>); an interface
/// so that presence can be tested without Redis.
/// </summary>
public interface IWorkerStatusSource
{
    /// <summary>The connection to the reports failed or came back: reports may have been missed meanwhile.</summary>
    event EventHandler? Disturbed;

    /// <summary>Every worker's latest report (unreadable ones left out).</summary>
    Task<IReadOnlyList<WorkerStatus>> ReadAllAsync(CancellationToken cancellationToken);
}

namespace OcrAsync.Api.Services;

/// <summary>The jobs the <see cref="OutboxRelay"/> publishes, and the record that it did (<see cref="OutboxStore"/> in Postgres).</summary>
public interface IOutboxStore
{
    /// <summary>
    /// At most <paramref name="max"/> jobs, oldest first: never dispatched and created before
    /// <paramref name="undispatchedBefore"/>, or still queued and dispatched before <paramref name="redispatchBefore"/>.
    /// </summary>
    Task<IReadOnlyList<OcrJob>> FindPendingAsync(
        DateTimeOffset undispatchedBefore, DateTimeOffset redispatchBefore, int max, CancellationToken cancellationToken);

    /// <summary>The job, as returned by <see cref="FindPendingAsync"/>, reached its stream at <paramref name="at"/>.</summary>
    Task MarkDispatchedAsync(OcrJob job, DateTimeOffset at, CancellationToken cancellationToken);
}

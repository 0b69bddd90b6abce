namespace OcrAsync.Api.Services;

/// <summary>
/// Follows a committed job's stream publish after its client has been answered, so that no upload waits on Redis at all
/// (waiting up to <see cref="AcceptOptions.PublishTimeout"/> cost the first upload of a Redis freeze 0.3 s of its
/// 0.4 s). A publish answered in time or late gets its dispatch recorded, so the outbox relay leaves the job alone; one
/// that fails, or is still unanswered after the timeout, wakes the relay, which publishes the job again once Redis
/// answers (a second entry is harmless: a worker runs a job only after claiming it in Postgres).
/// </summary>
public sealed partial class PublishFollowUp(
    OutboxWakeUp outboxWakeUp, IOptions<AcceptOptions> options, TimeProvider timeProvider, ILogger<PublishFollowUp> logger)
{
    /// <summary>
    /// Returns as soon as the publish is pending (its timeout is set before that); the returned task, for tests, ends
    /// once the publish has ended and been dealt with. <paramref name="recordDispatch"/> (in the API
    /// <see cref="DispatchRecorder.Published"/>) is called with the job's id once the publish has succeeded.
    /// </summary>
    public async Task FollowAsync(Guid jobId, Task publish, Action<Guid> recordDispatch)
    {
        try
        {
            await publish.WaitAsync(options.Value.PublishTimeout, timeProvider);
        }
        catch (TimeoutException)
        {
            LogDeferred(logger, jobId, "Redis did not answer in time");
            outboxWakeUp.Signal.Set();
        }
        catch (Exception ex)
        {
            // E.g. a RedisTimeoutException (no RedisException) or a cancelled command on reconnect: the job is stored.
            LogDeferred(logger, jobId, ex.Message);
            outboxWakeUp.Signal.Set();
            return;
        }

        await publish.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!publish.IsCompletedSuccessfully)
        {
            LogNotPublished(logger, jobId);
            return; // Left to the outbox relay, woken above.
        }

        try
        {
            recordDispatch(jobId);
        }
        catch (Exception ex)
        {
            LogDispatchNotRecorded(logger, jobId, ex.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Job {JobId} is stored but not yet published ({Reason}); the outbox relay will publish it")]
    private static partial void LogDeferred(ILogger logger, Guid jobId, string reason);

    [LoggerMessage(LogLevel.Information, "The late publish of job {JobId} failed; the outbox relay will publish it")]
    private static partial void LogNotPublished(ILogger logger, Guid jobId);

    [LoggerMessage(LogLevel.Information, "Job {JobId} reached the stream but its dispatch could not be recorded ({Reason}); the outbox relay will publish it again")]
    private static partial void LogDispatchNotRecorded(ILogger logger, Guid jobId, string reason);
}

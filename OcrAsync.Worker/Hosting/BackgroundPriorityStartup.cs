namespace OcrAsync.Worker.Hosting;

/// <summary>
/// <c>Ocr:BackgroundPriority</c>: the worker leaves the session it was started in (the API's, Redis's and the
/// postmaster's under <c>./run.sh</c>) for a scheduling autogroup of its own, so that the API no longer shares one
/// group's CPU share with the engines (BENCHMARKS.md, issue 17, "the worker's own autogroup"). Worker only: the API's
/// fallback OCR runs in the API's process, which must stay where it is.
/// </summary>
internal sealed partial class BackgroundPriorityStartup(IOptions<OcrEngineOptions> options, ILogger<BackgroundPriorityStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.BackgroundPriority)
        {
            var (autogroup, reason) = BackgroundAutogroup.Enter(options.Value.BackgroundAutogroupNice);
            if (autogroup is null)
            {
                NotMoved(logger, reason);
            }
            else
            {
                Moved(logger, autogroup);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Information, "The worker runs in a scheduling autogroup of its own: {Autogroup}")]
    private static partial void Moved(ILogger logger, string autogroup);

    [LoggerMessage(2, LogLevel.Information, "The worker stays in its session's scheduling autogroup: {Reason}")]
    private static partial void NotMoved(ILogger logger, string reason);
}

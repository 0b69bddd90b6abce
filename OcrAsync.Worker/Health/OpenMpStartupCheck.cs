using OcrAsync.Core.Ocr;

namespace OcrAsync.Worker.Health;

/// <summary>
/// Debian's libtesseract runs OpenMP threads that make OCR ~5× slower on small hosts unless OMP_THREAD_LIMIT=1
/// was in the environment when the process started (design.md §4); say so loudly when it is missing.
/// </summary>
public sealed partial class OpenMpStartupCheck(ILogger<OpenMpStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var limit = OpenMpEnvironment.GetThreadLimit();
        if (limit is null)
        {
            LogMissing(logger);
        }
        else
        {
            LogPresent(logger, limit);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Warning, "OMP_THREAD_LIMIT is not set for native code: OCR will be several times slower. Start the worker with OMP_THREAD_LIMIT=1")]
    private static partial void LogMissing(ILogger logger);

    [LoggerMessage(LogLevel.Information, "Native code sees OMP_THREAD_LIMIT={Limit}")]
    private static partial void LogPresent(ILogger logger, string limit);
}

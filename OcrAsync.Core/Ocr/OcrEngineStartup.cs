namespace OcrAsync.Core.Ocr;

/// <summary>
/// Creates the pool when the host starts (not on the first page), after checking OMP_THREAD_LIMIT, and warms the
/// extractor up while the engines warm up (<see cref="Invoices.ExtractorWarmUp"/>).
/// </summary>
internal sealed class OcrEngineStartup(IServiceProvider services, ILogger<OcrEngineStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Must run before libtesseract loads: libgomp reads the limit once, at load.
        if (!OpenMpEnvironment.IsThreadLimitSet)
        {
            OcrEngineLog.OpenMpThreadLimitMissing(logger);
        }

        services.GetRequiredService<OcrEnginePool>();
        Invoices.ExtractorWarmUp.Run();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OcrAsync.Core.Ocr;

/// <summary>Ready once every engine has been warmed up.</summary>
internal sealed class OcrEngineHealthCheck(OcrEnginePool pool) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var ready = pool.WhenReady;
        var result = ready.Status switch
        {
            TaskStatus.RanToCompletion => HealthCheckResult.Healthy($"{pool.EngineCount} OCR engine(s) ready."),
            TaskStatus.Faulted => HealthCheckResult.Unhealthy("OCR engine warm-up failed.", ready.Exception?.GetBaseException()),
            _ => HealthCheckResult.Unhealthy("OCR engines are warming up."),
        };
        return Task.FromResult(result);
    }
}

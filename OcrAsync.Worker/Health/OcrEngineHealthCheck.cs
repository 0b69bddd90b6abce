using Microsoft.Extensions.Diagnostics.HealthChecks;
using OcrAsync.Core.Ocr;

namespace OcrAsync.Worker.Health;

public sealed class OcrEngineHealthCheck(OcrEnginePool engines) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(engines.IsReady
            ? HealthCheckResult.Healthy($"{engines.EngineCount} OCR engine(s) loaded")
            : HealthCheckResult.Unhealthy("OCR engines are still loading"));
}

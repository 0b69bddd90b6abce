using Microsoft.Extensions.DependencyInjection.Extensions;
using OcrAsync.Core.Corrections;
using OcrAsync.Core.Jobs;
using OcrAsync.Core.Telemetry;
using OcrAsync.Core.Templates;
using OcrAsync.Worker.Consumers;
using OcrAsync.Worker.Jobs;

namespace OcrAsync.Worker.Extensions;

public static class JobProcessingExtensions
{
    /// <summary>
    /// The job processor and what it runs on (job store, stream client, metrics), without the hosted consumer: the
    /// worker's own wiring, which the tests that drive the processor directly use too.
    /// </summary>
    public static IServiceCollection AddJobProcessing(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<JobStreamClient>();
        services.AddSingleton<OcrMetrics>();
        services.AddSingleton<OcrJobProcessor>();
        services.AddScoped<JobStore>();
        services.AddScoped<TemplateRepository>();
        services.AddScoped<TrainingStore>();
        return services;
    }
}

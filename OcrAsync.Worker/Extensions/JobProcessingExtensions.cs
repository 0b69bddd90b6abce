using Microsoft.Extensions.DependencyInjection.Extensions;
using OcrAsync.Core.Data;
using OcrAsync.Core.Telemetry;
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
        // The processor's seams; the tests register fakes first (TryAdd keeps them) to run without Redis or Postgres.
        services.TryAddSingleton<IJobStreamAcknowledger>(sp => sp.GetRequiredService<JobStreamClient>());
        services.TryAddSingleton<IInvoiceOcrPipeline>(sp => sp.GetRequiredService<InvoiceOcrPipeline>());
        services.TryAddScoped<IJobStateStore>(sp => sp.GetRequiredService<JobStore>());
        services.TryAddScoped<ITemplateChoiceSource>(sp => sp.GetRequiredService<TemplateRepository>());
        services.TryAddScoped<IRecognizedPageStore>(sp => sp.GetRequiredService<TrainingStore>());
        return services;
    }

    /// <summary>
    /// The hosted consumer of the job streams with its options, wake-up signal and heartbeat, on the job processing
    /// above; the tests register fakes of its seams first (<see cref="IJobStreamReader"/>, <see cref="IJobEntryProcessor"/>).
    /// </summary>
    public static IServiceCollection AddJobConsumer(this IServiceCollection services)
    {
        services.AddValidatedOptions<ConsumerOptions>();
        services.AddJobProcessing();
        services.TryAddSingleton<IJobStreamReader>(sp => sp.GetRequiredService<JobStreamClient>());
        services.TryAddSingleton<IJobEntryProcessor>(sp => sp.GetRequiredService<OcrJobProcessor>());
        services.AddSingleton<WakeSignal>();
        services.AddSingleton<ConsumerHeartbeat>();
        services.AddHostedService<OcrJobConsumer>();
        return services;
    }
}

using OcrAsync.Api.Authentication;
using OcrAsync.Api.Fallback;
using OcrAsync.Api.Notifications;
using OcrAsync.Core.Upkeep;

namespace OcrAsync.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddJobInfrastructure();
        builder.AddNotifications();

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ServiceUnavailableExceptionHandler>();
        builder.Services.AddValidatedOptions<AcceptOptions>();
        builder.Services.AddSingleton<DatabaseDeadline>();
        builder.Services.AddSingleton<PublishFollowUp>();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures (GET /recent?limit=abc, malformed JSON) throw in every environment, so that the handler
        // above answers them with a detail instead of an empty 400 (or a 500 in Development).
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(options => options.AddOperationTransformer<UploadOperationTransformer>());
        // The original design's clients expect snake_case; the answers' metadata is source-generated.
        builder.Services.ConfigureHttpJsonOptions(options =>
            OcrJsonOptions.ApplyTo(options.SerializerOptions).TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));

        builder.AddBearerAuthentication();

        builder.AddAbuseProtection();
        builder.AddWorkerFallback();

        builder.Services.AddValidatedOptions<DocumentLimitsOptions>();
        builder.Services.AddValidatedOptions<UploadOptions>();

        builder.Services.AddSingleton<OcrJobPublisher>();
        builder.Services.AddSingleton<IJobStreamPublisher>(sp => sp.GetRequiredService<OcrJobPublisher>());
        builder.Services.AddSingleton<OcrMetrics>();
        builder.Services.AddScoped<OcrJobSubmitter>();
        builder.Services.AddScoped<DuplicateUploads>();
        builder.Services.AddSingleton<UploadRequestReader>();
        builder.Services.AddScoped<JobCanceller>();
        builder.Services.AddScoped<TemplateRepository>();
        builder.Services.AddSingleton<TrainingPublisher>();
        builder.Services.AddScoped<CorrectionRecorder>();
        builder.Services.AddScoped<UserQueueQuota>();
        builder.Services.AddSingleton<DatabaseMigrationState>();
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddSingleton<OutboxWakeUp>();
        builder.Services.AddScoped<IOutboxStore, OutboxStore>();
        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddSingleton<DispatchRecorder>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DispatchRecorder>());
        // Upkeep runs in the API, not the worker: the API keeps at least one replica, workers scale to zero when idle.
        // With uploads outside Postgres (Blob, Directory) it sweeps orphan files too (one replica per Storage:SweepInterval).
        builder.AddUpkeep();
        builder.Services.AddSingleton<QueueStatsReader>();
        builder.Services.AddHostedService<QueueMetricsSampler>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseMigrationHealthCheck>("migrations");
    }
}

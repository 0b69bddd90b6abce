using OcrAsync.Core.Data;
using OcrAsync.Core.Hosting;
using OcrAsync.Core.Jobs.Files;
using OcrAsync.Core.Messaging;
using OcrAsync.Core.Notifications;
using OcrAsync.Core.Ocr;
using OcrAsync.Core.Processing;
using OcrAsync.Worker.Consumers;
using OcrAsync.Worker.Health;
using OcrAsync.Worker.Training;

namespace OcrAsync.Worker.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<OcrDbContext>("ocrdb");
        builder.AddRedisClient("redis");
        builder.AddBackgroundLoops();
        // First of the hosted services: the worker says it is starting before its engines load and warm up.
        builder.Services.AddHostedService<WorkerStatusReporter>();
        builder.AddOcrEngine();
        builder.AddInvoicePipeline();
        builder.AddJobNotifications();

        builder.Services.AddOptions<ConsumerOptions>()
            .BindConfiguration(ConsumerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddJobProcessing();
        builder.Services.AddSingleton<WakeSignal>();
        builder.Services.AddSingleton<ConsumerHeartbeat>();
        builder.AddUploadFileStore();
        builder.Services.AddScoped<VendorTrainer>();
        builder.Services.AddSingleton<AiStreamClient>();
        builder.Services.AddSingleton<TrainingPublisher>();
        builder.Services.AddSingleton<TrainingProcessor>();
        builder.Services.AddHostedService<TrainingConsumer>();

        builder.Services.AddHostedService<OcrJobConsumer>();
        builder.Services.AddHealthChecks().AddCheck<ConsumerHealthCheck>("consumer");
    }
}

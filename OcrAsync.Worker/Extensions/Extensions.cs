using OcrAsync.Worker.Hosting;
using OcrAsync.Worker.Training;

namespace OcrAsync.Worker.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddJobInfrastructure();
        // First of the hosted services: the worker says it is starting before its engines load and warm up.
        builder.Services.AddHostedService<WorkerStatusReporter>();
        builder.Services.AddHostedService<BackgroundPriorityStartup>();
        builder.AddInvoicePipeline();
        builder.AddJobNotifications();

        builder.Services.AddScoped<VendorTrainer>();
        builder.Services.AddSingleton<AiStreamClient>();
        builder.Services.AddSingleton<TrainingPublisher>();
        builder.Services.AddSingleton<TrainingProcessor>();
        builder.Services.AddHostedService<TrainingConsumer>();

        builder.Services.AddJobConsumer();
        builder.Services.AddHealthChecks().AddCheck<ConsumerHealthCheck>("consumer");
    }
}

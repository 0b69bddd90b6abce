namespace OcrAsync.Api.Fallback;

internal static class FallbackExtensions
{
    /// <summary>Loads OCR engines into the API only when the fallback is enabled.</summary>
    public static void AddWorkerFallback(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<FallbackOptions>();
        builder.Services.AddSingleton<IWorkerStatusSource, RedisWorkerStatusSource>();
        builder.Services.AddSingleton<WorkerPresence>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WorkerPresence>());

        if (builder.Configuration.GetValue<bool>($"{FallbackOptions.SectionName}:Enabled"))
        {
            builder.AddInvoicePipeline();
            builder.Services.AddScoped<JobStore>();
            builder.Services.AddScoped<TrainingStore>();
            builder.Services.AddScoped<InlineJobProcessor>();
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Core.Upkeep;

public static class UpkeepExtensions
{
    /// <summary>
    /// Registers the scheduled upkeep and its options (sections "Retention" and "Upkeep"); needs the database context,
    /// the Redis client, <c>OcrMetrics</c> and the background loops.
    /// </summary>
    public static IHostApplicationBuilder AddUpkeep(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<UpkeepOptions>()
            .BindConfiguration(UpkeepOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddScoped<JobStore>();
        builder.Services.AddScoped<ScheduleGate>();
        builder.Services.AddScoped<UploadFileRetention>();
        builder.Services.AddScoped<ResultRetention>();
        builder.Services.AddSingleton<DeadLetterTrim>();
        builder.Services.AddScoped<UpkeepRunner>();
        if (builder.Configuration.GetSection(UpkeepOptions.SectionName).GetValue(nameof(UpkeepOptions.Enabled), true))
        {
            builder.Services.AddHostedService<UpkeepService>();
        }

        return builder;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;

namespace OcrAsync.Core.Upkeep;

public static class UpkeepExtensions
{
    /// <summary>
    /// Registers the scheduled upkeep and its options (sections "Retention" and "Upkeep"); needs the database context,
    /// the Redis client, <c>OcrMetrics</c> and the background loops.
    /// </summary>
    public static IHostApplicationBuilder AddUpkeep(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<RetentionOptions>();
        builder.Services.AddValidatedOptions<UpkeepOptions>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddScoped<JobStore>();
        builder.Services.AddScoped<ScheduleGate>();
        builder.Services.AddScoped<JobRetention>();
        builder.Services.AddSingleton<DeadLetterTrim>();
        builder.Services.AddScoped<UpkeepRunner>();
        if (builder.Configuration.GetSection(UpkeepOptions.SectionName).GetValue(nameof(UpkeepOptions.Enabled), true))
        {
            builder.Services.AddHostedService<UpkeepService>();
        }

        return builder;
    }
}

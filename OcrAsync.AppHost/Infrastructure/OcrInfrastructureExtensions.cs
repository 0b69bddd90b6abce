using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OcrAsync.AppHost.Infrastructure;

public static class OcrInfrastructureExtensions
{
    /// <summary>Adds Redis and Postgres (database ocrdb) as containers or as local processes; see <see cref="InfrastructureChoice"/>.</summary>
    public static OcrInfrastructure AddOcrInfrastructure(this IDistributedApplicationBuilder builder, Func<bool>? containerRuntimeIsHealthy = null)
    {
        var mode = builder.Configuration.GetValue("Infrastructure", InfrastructureMode.Auto);
        var choice = InfrastructureChoice.Decide(
            mode, builder.ExecutionContext.IsPublishMode, containerRuntimeIsHealthy ?? (() => ContainerRuntimeProbe.IsHealthy()));
        Console.WriteLine($"OcrAsync infrastructure: {(choice.UseContainers ? "containers" : "local processes")} ({choice.Reason})");

        if (choice.UseContainers)
        {
            var redis = builder.AddRedis(ResourceNames.Redis);
            var postgres = builder.AddPostgres(ResourceNames.Postgres);
            if (builder.ExecutionContext.IsRunMode)
            {
                redis.WithDataVolume();
                postgres.WithDataVolume();
            }

            return new OcrInfrastructure(redis, postgres.AddDatabase(ResourceNames.Database));
        }

        var options = LocalInfrastructureOptions.From(builder.Configuration, builder.AppHostDirectory);
        Console.WriteLine($"OcrAsync local data: {options.DataPath}{(options.Ephemeral ? " (fresh for this run)" : string.Empty)}");
        if (options.Ephemeral)
        {
            builder.Services.AddSingleton(options);
            builder.Services.AddHostedService<EphemeralDataCleanup>();
        }

        return new OcrInfrastructure(
            builder.AddLocalRedis(ResourceNames.Redis, options),
            builder.AddLocalPostgresDatabase(ResourceNames.Postgres, ResourceNames.Database, options));
    }
}

namespace OcrAsync.Core.Jobs;

public static class JobInfrastructureExtensions
{
    /// <summary>The AppHost's names of the jobs database and the Redis server (its <c>ResourceNames</c>).</summary>
    public const string DatabaseName = "ocrdb";
    public const string RedisName = "redis";

    /// <summary>
    /// What every host of jobs (API and worker) stands on: the jobs database, the Redis client (streams, notifications,
    /// worker reports), the system clock, the background loops and the upload file store of `Storage:Provider`.
    /// </summary>
    public static IHostApplicationBuilder AddJobInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<OcrDbContext>(DatabaseName);
        builder.AddRedisClient(RedisName);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddBackgroundLoops();
        builder.AddUploadFileStore();
        return builder;
    }
}

namespace OcrAsync.AppHost.Infrastructure;

public static class OcrInfrastructureExtensions
{
    /// <summary>
    /// Adds Redis and Postgres (database ocrdb), and with Storage:Provider=Blob the Azurite blob emulator, as containers or
    /// as local processes (see <see cref="InfrastructureChoice"/>); with Storage:Provider=Directory in run mode, the upload
    /// directory the API and the worker share.
    /// </summary>
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

            // Published, uploads go to an Azure storage account whose connection string azd asks for.
            var blobs = !UsesBlobStorage(builder) ? null
                : builder.ExecutionContext.IsPublishMode ? builder.AddConnectionString(ResourceNames.Blobs)
                : builder.AddAzuriteContainer(ResourceNames.Blobs);
            var uploads = UsesDirectoryStorage(builder)
                ? UploadDirectoryOf(builder, LocalInfrastructureOptions.From(builder.Configuration, builder.AppHostDirectory))
                : null;
            return new OcrInfrastructure(redis, postgres.AddDatabase(ResourceNames.Database), blobs, uploads);
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
            builder.AddLocalPostgresDatabase(ResourceNames.Postgres, ResourceNames.Database, options),
            UsesBlobStorage(builder) ? builder.AddLocalAzurite(ResourceNames.Blobs, options) : null,
            UsesDirectoryStorage(builder) ? UploadDirectoryOf(builder, options) : null);
    }

    /// <summary>The projects' `Storage:Provider` setting, read by the AppHost too: Blob adds the blob storage resource.</summary>
    public static bool UsesBlobStorage(IDistributedApplicationBuilder builder) =>
        string.Equals(builder.Configuration["Storage:Provider"], "Blob", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Storage:Provider=Directory, or no Storage:Provider at all, in run mode: the projects run on this machine and share
    /// a directory, and the 202's tail is far shorter than with the bytes in Postgres (BENCHMARKS.md, "disk-store").
    /// Published, the services keep the Postgres (or Blob) store: container apps share no disk unless one is mounted.
    /// </summary>
    public static bool UsesDirectoryStorage(IDistributedApplicationBuilder builder) =>
        !builder.ExecutionContext.IsPublishMode
        && (string.IsNullOrEmpty(builder.Configuration["Storage:Provider"])
            || string.Equals(builder.Configuration["Storage:Provider"], "Directory", StringComparison.OrdinalIgnoreCase));

    /// <summary>Storage:Directory when given, otherwise `uploads` in the local data folder (the git-ignored .data by default).</summary>
    private static string UploadDirectoryOf(IDistributedApplicationBuilder builder, LocalInfrastructureOptions options) =>
        builder.Configuration["Storage:Directory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.AppHostDirectory)
            : Path.Combine(options.DataPath, "uploads");

    /// <summary>
    /// With blob storage, the service gets its connection string (ConnectionStrings:blobs) and Storage:Provider=Blob; with
    /// an upload directory, Storage:Provider=Directory and Storage:Directory, the same for every service.
    /// </summary>
    public static IResourceBuilder<T> WithUploadStorage<T>(this IResourceBuilder<T> service, OcrInfrastructure infrastructure)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport =>
        infrastructure switch
        {
            { Blobs: { } blobs } => service.WithReference(blobs).WaitFor(blobs).WithEnvironment("Storage__Provider", "Blob"),
            { UploadDirectory: { } uploads } => service.WithEnvironment("Storage__Provider", "Directory").WithEnvironment("Storage__Directory", uploads),
            _ => service,
        };
}

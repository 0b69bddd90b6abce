using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace OcrAsync.Core.Jobs.Files;

public static class UploadFileStoreExtensions
{
    /// <summary>
    /// Registers the <see cref="IUploadFileStore"/> chosen by `Storage:Provider` (validated "Storage" options); a store
    /// outside Postgres (Blob, Directory) also as <see cref="IUploadFileListing"/>, with <see cref="OrphanUploadSweeper"/>.
    /// </summary>
    public static StorageProvider AddUploadFileStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<StorageOptions>();

        var provider = builder.Configuration.GetValue($"{StorageOptions.SectionName}:Provider", StorageProvider.Postgres);
        switch (provider)
        {
            case StorageProvider.Blob:
                AddBlobClient(builder);
                builder.Services.AddScoped<BlobUploadFileStore>();
                AddOutsidePostgres<BlobUploadFileStore>(builder.Services, ServiceLifetime.Scoped);
                break;
            case StorageProvider.Directory:
                if (string.IsNullOrWhiteSpace(builder.Configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.Directory)}"]))
                {
                    throw new InvalidOperationException(
                        "Storage:Provider=Directory needs Storage:Directory, the directory of the uploads, the same for the API and every worker " +
                        "(the AppHost passes it in run mode).");
                }

                builder.Services.AddSingleton<DirectoryUploadFileStore>();
                AddOutsidePostgres<DirectoryUploadFileStore>(builder.Services, ServiceLifetime.Singleton);
                break;
            default:
                builder.Services.AddScoped<IUploadFileStore, PostgresUploadFileStore>();
                break;
        }

        return provider;
    }

    private static void AddOutsidePostgres<TStore>(IServiceCollection services, ServiceLifetime lifetime)
        where TStore : class, IUploadFileStore, IUploadFileListing
    {
        // Scoped, whatever the store's lifetime: uploads stored in Postgres before the switch are read through the context.
        services.AddScoped<PostgresUploadFileStore>();
        services.AddScoped<IUploadFileStore>(sp => new EarlierPostgresUploads(sp.GetRequiredService<TStore>(), sp.GetRequiredService<PostgresUploadFileStore>()));
        services.Add(new ServiceDescriptor(typeof(IUploadFileListing), sp => sp.GetRequiredService<TStore>(), lifetime));
        services.AddScoped<OrphanUploadSweeper>();
    }

    private static void AddBlobClient(IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(StorageOptions.BlobConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Storage:Provider=Blob needs ConnectionStrings:{StorageOptions.BlobConnectionName}, the storage account's connection string " +
                "(the AppHost passes it with its blob storage reference).");
        }

        // Fail within seconds rather than the client's default 100 s per try: an upload waits on this.
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        builder.Services.AddSingleton(new BlobServiceClient(connectionString, clientOptions));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<BlobServiceClient>()
            .GetBlobContainerClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Container));
    }
}

using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OcrAsync.Core.Hosting;

namespace OcrAsync.Core.Jobs.Files;

public static class UploadFileStoreExtensions
{
    /// <summary>
    /// Registers the scoped <see cref="IUploadFileStore"/> chosen by `Storage:Provider` (validated "Storage" options);
    /// with Blob, also the container client (ConnectionStrings:blobs) and <see cref="OrphanBlobSweeper"/>.
    /// </summary>
    public static StorageProvider AddUploadFileStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<StorageOptions>(StorageOptions.SectionName);

        var provider = builder.Configuration.GetValue($"{StorageOptions.SectionName}:Provider", StorageProvider.Postgres);
        if (provider != StorageProvider.Blob)
        {
            builder.Services.AddScoped<IUploadFileStore, PostgresUploadFileStore>();
            return provider;
        }

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
        builder.Services.AddScoped<IUploadFileStore, BlobUploadFileStore>();
        builder.Services.AddScoped<OrphanBlobSweeper>();
        return provider;
    }
}

namespace OcrAsync.Tests.Infrastructure;

/// <summary>Published with Storage:Provider=Blob, uploads go to an Azure storage account's connection string, never Azurite.</summary>
public sealed class BlobStorageManifestTests : IAsyncLifetime
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("ocrasync-manifest-blob-");

    private JsonElement _resources;

    public async Task InitializeAsync() =>
        _resources = await ManifestPublisher.PublishAsync(_output, new Dictionary<string, string> { ["Storage__Provider"] = "Blob" });

    [Fact]
    public void The_api_and_worker_reference_a_blobs_connection_string_that_azd_asks_for_and_run_with_the_blob_provider()
    {
        var blobs = _resources.GetProperty(ResourceNames.Blobs);
        Assert.Equal("parameter.v0", blobs.GetProperty("type").GetString());
        Assert.True(blobs.GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean());
        foreach (var service in new[] { ResourceNames.Api, ResourceNames.Worker })
        {
            var env = _resources.GetProperty(service).GetProperty("env");
            Assert.Equal("{blobs.connectionString}", env.GetProperty("ConnectionStrings__blobs").GetString());
            Assert.Equal("Blob", env.GetProperty("Storage__Provider").GetString());
        }

        Assert.DoesNotContain(_resources.EnumerateObject(), r => r.Value.GetProperty("type").GetString() == "executable.v0");
    }

    public Task DisposeAsync()
    {
        _output.Delete(recursive: true);
        return Task.CompletedTask;
    }
}

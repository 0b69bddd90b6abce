using Azure.Storage.Blobs;
using OcrAsync.Api.Resilience;
using OcrAsync.AppHost.Infrastructure;

namespace OcrAsync.Tests.Storage;

/// <summary>
/// Blob storage away (nothing listens where it should be): the upload fails as <see cref="FileStoreUnavailableException"/>
/// before any job row is committed, and the API answers it with 503, Retry-After and a detail naming file storage.
/// </summary>
public sealed class BlobStorageAwayTests
{
    [Fact]
    public async Task An_upload_to_blob_storage_that_is_away_fails_as_unavailable_and_commits_no_job()
    {
        var committed = false;

        var exception = await UploadToClosedPortAsync(_ =>
        {
            committed = true;
            return Task.CompletedTask;
        });

        Assert.False(committed);
        Assert.StartsWith("Blob storage did not store the upload", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_blob_storage_away_with_503_retry_after_and_a_detail_naming_file_storage()
    {
        var exception = await UploadToClosedPortAsync(_ => Task.CompletedTask);
        var accept = new AcceptOptions { RetryAfter = TimeSpan.FromSeconds(7) };
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/v1/ocr/process";
        context.Response.Body = new MemoryStream();
        var handler = new ServiceUnavailableExceptionHandler(
            services.GetRequiredService<IProblemDetailsService>(), Options.Create(accept), NullLogger<ServiceUnavailableExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("7", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal(503, body.RootElement.GetProperty("status").GetInt32());
        var detail = body.RootElement.GetProperty("detail").GetString();
        Assert.Contains("file storage", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("database", detail, StringComparison.Ordinal);
    }

    private static async Task<FileStoreUnavailableException> UploadToClosedPortAsync(Func<CancellationToken, Task> commitJob)
    {
        var options = new BlobClientOptions { Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(10), NetworkTimeout = TimeSpan.FromSeconds(5) } };
        var service = new BlobServiceClient(
            $"DefaultEndpointsProtocol=http;AccountName={AzuriteAccount.Name};AccountKey={AzuriteAccount.Key};BlobEndpoint=http://127.0.0.1:{ClosedPort()}/{AzuriteAccount.Name};",
            options);
        var store = new BlobUploadFileStore(service.GetBlobContainerClient("uploads"), NullLogger<BlobUploadFileStore>.Instance);
        var job = JobRows.New("blob-away", DateTimeOffset.UtcNow, fileName: "away.png", fileSize: 16);

        return await Assert.ThrowsAsync<FileStoreUnavailableException>(() => store.SaveWithJobAsync(job, new byte[16], commitJob, CancellationToken.None));
    }

    /// <summary>A port nothing listens on: bound by the system, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

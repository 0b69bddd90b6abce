using Azure.Storage.Blobs;
using Microsoft.EntityFrameworkCore;
using OcrAsync.Tests.EndToEnd;

namespace OcrAsync.Tests.Storage;

/// <summary>
/// Both upload file stores against real servers: the running system's Postgres and an Azurite of the test's own.
/// A job is never committed without its file, and a file whose job was not committed is deleted or swept.
/// </summary>
[Collection(OcrAppCollection.Name)]
public sealed class UploadFileStoreTests(OcrAppFixture fixture, AzuriteServer azurite) : IClassFixture<AzuriteServer>
{
    private static readonly TimeSpan OrphanAge = TimeSpan.FromHours(1);

    [Fact]
    public async Task The_postgres_store_commits_the_file_with_its_job_reads_it_and_deletes_it()
    {
        var (job, content) = NewJob();
        await using (var db = await NewDbAsync())
        {
            db.Jobs.Add(job);
            await new PostgresUploadFileStore(db).SaveWithJobAsync(job, content, ct => db.SaveChangesAsync(ct), CancellationToken.None);
        }

        await using var reader = await NewDbAsync();
        var store = new PostgresUploadFileStore(reader);
        Assert.Equal(content, await store.ReadAsync(job.Id, CancellationToken.None));
        await store.DeleteAsync(job.Id, CancellationToken.None);
        Assert.Null(await store.ReadAsync(job.Id, CancellationToken.None));
        Assert.True(await reader.Jobs.AnyAsync(j => j.Id == job.Id)); // The job row stays.
    }

    [Fact]
    public async Task The_blob_store_writes_the_blob_named_by_the_job_reads_it_and_deletes_it()
    {
        var container = NewContainer(); // Not created yet: the first upload creates it.
        var (job, content) = NewJob();
        await CommitAsync(container, job, content);

        var blob = container.GetBlobClient(BlobUploadFileStore.BlobNameOf(job.Id));
        Assert.Equal(content, (await blob.DownloadContentAsync()).Value.Content.ToArray());
        var store = BlobStore(container);
        Assert.Equal(content, await store.ReadAsync(job.Id, CancellationToken.None));
        await store.DeleteAsync(job.Id, CancellationToken.None);
        Assert.False((await blob.ExistsAsync()).Value);
        Assert.Null(await store.ReadAsync(job.Id, CancellationToken.None));
        await using var db = await NewDbAsync();
        Assert.True(await db.Jobs.AnyAsync(j => j.Id == job.Id));
    }

    [Fact]
    public async Task A_commit_postgres_refuses_leaves_neither_the_job_nor_its_blob()
    {
        var container = NewContainer();
        var key = $"key-{Guid.NewGuid():N}";
        var (first, firstContent) = NewJob(key);
        await CommitAsync(container, first, firstContent);

        // The same idempotency key again: the unique index refuses the second job, as in a race of two submits.
        var (second, secondContent) = NewJob(key, first.UserId);
        await Assert.ThrowsAsync<DbUpdateException>(() => CommitAsync(container, second, secondContent));

        await using var db = await NewDbAsync();
        Assert.False(await db.Jobs.AnyAsync(j => j.Id == second.Id));
        Assert.False((await container.GetBlobClient(BlobUploadFileStore.BlobNameOf(second.Id)).ExistsAsync()).Value);
        Assert.True((await container.GetBlobClient(BlobUploadFileStore.BlobNameOf(first.Id)).ExistsAsync()).Value);
    }

    [Fact]
    public async Task A_commit_postgres_refuses_leaves_neither_the_job_nor_its_file_row()
    {
        var key = $"key-{Guid.NewGuid():N}";
        var (first, content) = NewJob(key);
        var (second, _) = NewJob(key, first.UserId);
        await using (var db = await NewDbAsync())
        {
            db.Jobs.Add(first);
            await new PostgresUploadFileStore(db).SaveWithJobAsync(first, content, ct => db.SaveChangesAsync(ct), CancellationToken.None);
        }

        await using (var db = await NewDbAsync())
        {
            db.Jobs.Add(second);
            await Assert.ThrowsAsync<DbUpdateException>(() =>
                new PostgresUploadFileStore(db).SaveWithJobAsync(second, content, ct => db.SaveChangesAsync(ct), CancellationToken.None));
        }

        await using var check = await NewDbAsync();
        Assert.False(await check.Jobs.AnyAsync(j => j.Id == second.Id));
        Assert.False(await check.JobFiles.AnyAsync(f => f.JobId == second.Id));
        Assert.True(await check.JobFiles.AnyAsync(f => f.JobId == first.Id));
    }

    [Fact]
    public async Task A_blob_whose_commit_outcome_is_unknown_is_swept_once_old_and_a_blob_with_its_job_never()
    {
        var container = NewContainer();
        var (kept, keptContent) = NewJob();
        await CommitAsync(container, kept, keptContent);
        var (lost, lostContent) = NewJob();
        await Assert.ThrowsAsync<TimeoutException>(() => BlobStore(container).SaveWithJobAsync(
            lost, lostContent, _ => Task.FromException(new TimeoutException("simulated: the commit's answer never came")), CancellationToken.None));
        var lostBlob = container.GetBlobClient(BlobUploadFileStore.BlobNameOf(lost.Id));
        Assert.True((await lostBlob.ExistsAsync()).Value); // Postgres may have committed it: not deleted blindly.

        // Younger than the orphan age: it may still be committing, so it stays.
        Assert.Equal(0, await SweepAsync(container, DateTimeOffset.UtcNow));
        Assert.True((await lostBlob.ExistsAsync()).Value);

        Assert.Equal(1, await SweepAsync(container, DateTimeOffset.UtcNow + OrphanAge + TimeSpan.FromMinutes(1)));
        Assert.False((await lostBlob.ExistsAsync()).Value);
        Assert.True((await container.GetBlobClient(BlobUploadFileStore.BlobNameOf(kept.Id)).ExistsAsync()).Value);
    }

    [Fact]
    public async Task The_running_system_keeps_an_upload_in_the_store_the_test_run_chose_and_the_worker_reads_it_from_there()
    {
        var user = $"store-{Guid.NewGuid():N}"[..18];
        using var client = fixture.CreateApiClient(user);
        var png = InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Storage Test Ltd", "ST-77", "2024-03-04", [new PrintedLineItem("Box", 1, 5m)]), dpi: 100);

        var accepted = await client.SubmitAsync(png, "store.png");
        var jobId = Guid.Parse(accepted.GetProperty("ocr_result_id").GetString()!);

        await using var db = await NewDbAsync();
        Assert.Equal(png, await StoredFileAsync(jobId));
        if (OcrAppFixture.Storage != StorageProvider.Postgres)
        {
            Assert.False(await db.JobFiles.AnyAsync(f => f.JobId == jobId)); // Only the job row in Postgres.
        }

        var final = await client.WaitForFinalStatusAsync(jobId.ToString());
        Assert.Equal("completed", final.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_queued_job_cancelled_loses_its_file_in_the_store_the_test_run_chose()
    {
        using var client = fixture.CreateApiClient($"cancel-{Guid.NewGuid():N}"[..18]);
        var png = InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Cancel Store Ltd", "CS-1", "2024-03-05", [new PrintedLineItem("Box", 1, 5m)]), dpi: 300);

        // Six low-priority jobs of a second or more each: the last is still queued when cancelled, however many engines
        // the worker has (with three, a worker that finished one early could take the last before the cancel).
        var accepted = new List<System.Text.Json.JsonElement>();
        for (var i = 0; i < 6; i++)
        {
            accepted.Add(await client.SubmitAsync(png, $"cancel-{i}.png", ("priority", "low"), ("reuse", "false")));
        }

        var last = accepted[^1];
        var jobId = Guid.Parse(last.GetProperty("ocr_result_id").GetString()!);
        Assert.NotNull(await StoredFileAsync(jobId));
        using var cancel = await client.PostAsync($"/api/ocr-async/cancel/{last.GetProperty("task_id").GetString()}", null);
        cancel.EnsureSuccessStatusCode();
        Assert.Contains("\"cancelled\"", await cancel.Content.ReadAsStringAsync());

        Assert.Null(await StoredFileAsync(jobId));
    }

    /// <summary>The upload's bytes where this test run keeps them, or null when it has none.</summary>
    private async Task<byte[]?> StoredFileAsync(Guid jobId)
    {
        switch (OcrAppFixture.Storage)
        {
            case StorageProvider.Blob:
                var blobs = new BlobServiceClient(await fixture.App.GetConnectionStringAsync(ResourceNames.Blobs));
                var blob = blobs.GetBlobContainerClient(new StorageOptions().Container).GetBlobClient(BlobUploadFileStore.BlobNameOf(jobId));
                return (await blob.ExistsAsync()).Value ? (await blob.DownloadContentAsync()).Value.Content.ToArray() : null;
            case StorageProvider.Directory:
                // The directory the AppHost gave the API and the worker.
                var path = Path.Combine(fixture.UploadDirectory, jobId.ToString("D"));
                return File.Exists(path) ? await File.ReadAllBytesAsync(path) : null;
            default:
                await using (var db = await NewDbAsync())
                {
                    return await db.JobFiles.Where(f => f.JobId == jobId).Select(f => f.Content).FirstOrDefaultAsync();
                }
        }
    }

    private async Task CommitAsync(BlobContainerClient container, OcrJob job, byte[] content)
    {
        await using var db = await NewDbAsync();
        db.Jobs.Add(job);
        await BlobStore(container).SaveWithJobAsync(job, content, ct => db.SaveChangesAsync(ct), CancellationToken.None);
    }

    private async Task<int> SweepAsync(BlobContainerClient container, DateTimeOffset now)
    {
        await using var db = await NewDbAsync();
        var sweeper = new OrphanUploadSweeper(BlobStore(container), db, new FakeTimeProvider(now), NullLogger<OrphanUploadSweeper>.Instance);
        return await sweeper.SweepAsync(OrphanAge, CancellationToken.None);
    }

    private static BlobUploadFileStore BlobStore(BlobContainerClient container) => new(container, NullLogger<BlobUploadFileStore>.Instance);

    private BlobContainerClient NewContainer() => azurite.Client.GetBlobContainerClient($"t{Guid.NewGuid():N}");

    private async Task<OcrDbContext> NewDbAsync() =>
        new(new DbContextOptionsBuilder<OcrDbContext>().UseNpgsql(await fixture.App.GetConnectionStringAsync(ResourceNames.Database)).Options);

    private static (OcrJob Job, byte[] Content) NewJob(string? idempotencyKey = null, string? userId = null)
    {
        var content = Guid.NewGuid().ToByteArray().Concat(new byte[4096]).ToArray();
        // Finished: the running workers never look at it.
        var job = JobRows.New(
            userId ?? $"store-{Guid.NewGuid():N}", DateTimeOffset.UtcNow, OcrJobStatus.Cancelled, dispatchedAt: DateTimeOffset.UtcNow,
            fileName: "store.bin", fileSize: content.Length);
        job.IdempotencyKey = idempotencyKey;
        return (job, content);
    }
}

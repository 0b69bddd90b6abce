using static OcrAsync.Tests.Upkeep.UpkeepData;

namespace OcrAsync.Tests.Upkeep;

/// <summary>
/// After a switch from Postgres to a directory (run mode's default changed), a job queued before it still finds its
/// upload in ocr_job_files, new uploads go to the directory only, and a delete removes the file wherever it is.
/// </summary>
[Collection(UpkeepStoreCollection.Name)]
public sealed class EarlierPostgresUploadsTests(UpkeepStoreFixture stores) : IAsyncLifetime
{
    private readonly DirectoryInfo _uploads = Directory.CreateTempSubdirectory("ocrasync-switched-uploads-");

    public Task InitializeAsync() => ResetAsync(stores);

    public Task DisposeAsync()
    {
        _uploads.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_job_stored_in_Postgres_before_the_switch_is_read_from_there_and_deleted_from_there()
    {
        var queuedBefore = Job(OcrJobStatus.Queued, DateTimeOffset.UtcNow.AddMinutes(-5));
        await AddAsync(stores, queuedBefore);
        await using var db = stores.CreateDbContext();
        var store = new EarlierPostgresUploads(DirectoryStore(), new PostgresUploadFileStore(db));

        Assert.Equal([1, 2, 3], await store.ReadAsync(queuedBefore.Id, CancellationToken.None));
        Assert.Empty(_uploads.GetFiles());

        await store.DeleteAsync(queuedBefore.Id, CancellationToken.None);
        Assert.Null(await store.ReadAsync(queuedBefore.Id, CancellationToken.None));
        Assert.DoesNotContain(queuedBefore.Id, await JobsWithFilesAsync(stores));
    }

    [Fact]
    public async Task A_new_upload_goes_to_the_directory_only_and_is_read_from_there()
    {
        await using var db = stores.CreateDbContext();
        var store = new EarlierPostgresUploads(DirectoryStore(), new PostgresUploadFileStore(db));
        var job = Job(OcrJobStatus.Queued, DateTimeOffset.UtcNow);
        job.File = null;
        db.Jobs.Add(job);

        await store.SaveWithJobAsync(job, [7, 8, 9], db.SaveChangesAsync, CancellationToken.None);

        Assert.Equal([job.Id.ToString("D")], _uploads.GetFiles().Select(f => f.Name));
        Assert.DoesNotContain(job.Id, await JobsWithFilesAsync(stores));
        Assert.Equal([7, 8, 9], await store.ReadAsync(job.Id, CancellationToken.None));
    }

    private DirectoryUploadFileStore DirectoryStore() => new(
        Options.Create(new StorageOptions { Provider = StorageProvider.Directory, Directory = _uploads.FullName }),
        NullLogger<DirectoryUploadFileStore>.Instance);
}

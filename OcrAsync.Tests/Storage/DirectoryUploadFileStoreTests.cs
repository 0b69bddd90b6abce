using Npgsql;

namespace OcrAsync.Tests.Storage;

/// <summary>
/// The directory store on a temporary directory: the file is whole and in place before the job's commit runs, a commit
/// Postgres refused takes the file away, one with an unknown outcome leaves it for the orphan sweep.
/// </summary>
public sealed class DirectoryUploadFileStoreTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("ocrasync-dirstore-");

    private string UploadDirectory => Path.Combine(_root.FullName, "uploads");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task The_file_is_in_place_under_the_jobs_id_before_the_commit_runs_and_is_read_and_deleted_by_id()
    {
        var store = Store();
        var (job, content) = NewJob();
        byte[]? seenAtCommit = null;

        // The directory does not exist yet: the first upload creates it.
        await store.SaveWithJobAsync(job, content, _ =>
        {
            seenAtCommit = File.ReadAllBytes(Path.Combine(UploadDirectory, job.Id.ToString("D")));
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(content, seenAtCommit);
        Assert.Equal([job.Id.ToString("D")], Directory.GetFiles(UploadDirectory).Select(Path.GetFileName)); // no .part left
        Assert.Equal(content, await store.ReadAsync(job.Id, CancellationToken.None));
        await store.DeleteAsync(job.Id, CancellationToken.None);
        Assert.Null(await store.ReadAsync(job.Id, CancellationToken.None));
        await store.DeleteAsync(job.Id, CancellationToken.None); // Deleting twice is fine (cancel after retention).
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_direct_or_a_buffered_write_stores_the_same_whole_file(bool directWrite)
    {
        var store = Store(directWrite: directWrite);
        var (job, content) = NewJob(300_001); // not a whole number of disk blocks

        await store.SaveWithJobAsync(job, content, _ => Task.CompletedTask, CancellationToken.None);

        Assert.Equal(content, await store.ReadAsync(job.Id, CancellationToken.None));
        Assert.Equal([job.Id.ToString("D")], Directory.GetFiles(UploadDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Uploads_that_arrive_together_before_the_directory_exists_are_all_stored()
    {
        // The first uploads of a fresh system arrive together: each creates the directory or finds it made, none fails
        // (an open that lost the race to another upload's mkdir was reported as a missing file, not directory).
        for (var round = 0; round < 20; round++)
        {
            var directory = Path.Combine(_root.FullName, $"burst-{round}");
            var store = Store(directory);
            var uploads = Enumerable.Range(0, 52).Select(_ => NewJob(1_000)).ToList();

            await Task.WhenAll(uploads.Select(u => Task.Run(() => store.SaveWithJobAsync(u.Job, u.Content, _ => Task.CompletedTask, CancellationToken.None))));

            Assert.Equal(uploads.Count, Directory.GetFiles(directory).Length);
        }
    }

    [Fact]
    public async Task A_commit_postgres_refused_deletes_the_file_and_the_error_reaches_the_caller()
    {
        var store = Store();
        var (job, content) = NewJob();
        var refused = new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        var thrown = await Assert.ThrowsAsync<PostgresException>(() => store.SaveWithJobAsync(job, content, _ => throw refused, CancellationToken.None));

        Assert.Same(refused, thrown);
        Assert.Empty(Directory.GetFiles(UploadDirectory));
    }

    [Fact]
    public async Task A_commit_whose_outcome_is_unknown_leaves_the_file_for_the_orphan_sweep()
    {
        var store = Store();
        var (job, content) = NewJob();

        await Assert.ThrowsAsync<TimeoutException>(() => store.SaveWithJobAsync(job, content, _ => throw new TimeoutException(), CancellationToken.None));

        // The job row may have been committed after all: its file must still be there.
        Assert.Equal(content, await store.ReadAsync(job.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_directory_that_cannot_be_written_answers_file_store_unavailable_and_never_commits_the_job()
    {
        File.WriteAllText(UploadDirectory, "a file where the directory should be");
        var store = Store();
        var (job, content) = NewJob();
        var committed = false;

        await Assert.ThrowsAsync<FileStoreUnavailableException>(() => store.SaveWithJobAsync(job, content, _ =>
        {
            committed = true;
            return Task.CompletedTask;
        }, CancellationToken.None));

        Assert.False(committed);
    }

    [Fact]
    public async Task The_listing_has_every_upload_and_left_part_file_by_job_and_nothing_else()
    {
        var store = Store();
        var (job, content) = NewJob();
        await store.SaveWithJobAsync(job, content, _ => Task.CompletedTask, CancellationToken.None);
        var crashed = Guid.NewGuid(); // A write the API did not finish: its .part file.
        var partPath = Path.Combine(UploadDirectory, $"{crashed:D}.part");
        File.WriteAllBytes(partPath, [1]);
        var written = DateTime.UtcNow.AddHours(-2);
        File.SetLastWriteTimeUtc(partPath, written);
        File.WriteAllText(Path.Combine(UploadDirectory, "README.txt"), "not an upload");

        var listed = new List<StoredUpload>();
        await foreach (var page in store.ListAsync(CancellationToken.None))
        {
            listed.AddRange(page);
        }

        Assert.Equal(new[] { crashed, job.Id }.Order(), listed.Select(f => f.JobId).Order());
        Assert.Equal(written, listed.Single(f => f.JobId == crashed).WrittenAt.UtcDateTime, TimeSpan.FromSeconds(1));
        Assert.True(await store.DeleteAsync(listed.Single(f => f.JobId == crashed), CancellationToken.None));
        Assert.False(File.Exists(partPath));
        Assert.False(await store.DeleteAsync(listed.Single(f => f.JobId == crashed), CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(UploadDirectory, "README.txt")));
    }

    [Fact]
    public async Task A_missing_directory_lists_nothing_and_reads_nothing()
    {
        var store = Store();

        await foreach (var _ in store.ListAsync(CancellationToken.None))
        {
            Assert.Fail("Nothing should be listed.");
        }

        Assert.Null(await store.ReadAsync(Guid.NewGuid(), CancellationToken.None));
    }

    private DirectoryUploadFileStore Store(string? directory = null, bool directWrite = true) =>
        new(Options.Create(new StorageOptions { Provider = StorageProvider.Directory, Directory = directory ?? UploadDirectory, DirectWrite = directWrite }),
            NullLogger<DirectoryUploadFileStore>.Instance);

    private static (OcrJob Job, byte[] Content) NewJob(int size = 300_000)
    {
        var content = new byte[size];
        Random.Shared.NextBytes(content);
        return (JobRows.New("dir-store-test", DateTimeOffset.UtcNow, fileSize: content.Length), content);
    }
}

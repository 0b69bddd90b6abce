using static OcrAsync.Tests.Upkeep.UpkeepData;

namespace OcrAsync.Tests.Upkeep;

/// <summary>
/// Uploads in a directory (Storage:Provider=Directory): retention deletes the files of old finished jobs, and the orphan
/// sweep the files no job has (a commit that never happened, a write cut short, a job deleted whole), on a real Postgres.
/// </summary>
[Collection(UpkeepStoreCollection.Name)]
public sealed class DirectoryUploadUpkeepTests(UpkeepStoreFixture stores) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2033, 2, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly DirectoryInfo _uploads = Directory.CreateTempSubdirectory("ocrasync-upkeep-uploads-");

    public Task InitializeAsync() => ResetAsync(stores);

    public Task DisposeAsync()
    {
        _uploads.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private DateTimeOffset DaysAgo(double days) => _clock.GetUtcNow() - TimeSpan.FromDays(days);

    [Fact]
    public async Task Retention_deletes_the_files_of_finished_jobs_older_than_Retention_Files_and_keeps_every_job_row()
    {
        var completedOld = await JobWithFileAsync(OcrJobStatus.Completed, DaysAgo(31), DaysAgo(31));
        var failedOld = await JobWithFileAsync(OcrJobStatus.Failed, DaysAgo(40), DaysAgo(40));
        var completedYoung = await JobWithFileAsync(OcrJobStatus.Completed, DaysAgo(29.5), DaysAgo(29.4));
        var queuedOld = await JobWithFileAsync(OcrJobStatus.Queued, DaysAgo(45));
        var processingOld = await JobWithFileAsync(OcrJobStatus.Processing, DaysAgo(45), leaseExpiresAt: _clock.GetUtcNow().AddMinutes(1));
        var keptInPostgresOld = Job(OcrJobStatus.Completed, DaysAgo(35), DaysAgo(35)); // stored before the switch to the directory
        await AddAsync(stores, keptInPostgresOld);
        using var replica = Replica();

        var ran = await replica.RunDueAsync();

        Assert.Equal(3, ran[UpkeepSchedule.UploadFiles.Name]);
        Assert.Empty(await JobsWithFilesAsync(stores));
        Assert.Equal(new[] { completedYoung.Id, queuedOld.Id, processingOld.Id }.Order(), FilesByJob().Order());
        Assert.Equal(6, (await JobIdsAsync(stores)).Count);
        Assert.DoesNotContain(completedOld.Id, FilesByJob());
        Assert.DoesNotContain(failedOld.Id, FilesByJob());
    }

    [Fact]
    public async Task The_orphan_sweep_deletes_old_files_without_a_job_and_part_files_once_per_sweep_interval()
    {
        var withJob = await JobWithFileAsync(OcrJobStatus.Completed, DaysAgo(1), DaysAgo(1));
        var orphanOld = WriteFile($"{Guid.NewGuid():D}", _clock.GetUtcNow().AddHours(-2)); // its commit never happened
        var partOld = WriteFile($"{Guid.NewGuid():D}.part", _clock.GetUtcNow().AddHours(-2)); // a write cut short
        var orphanYoung = WriteFile($"{Guid.NewGuid():D}", _clock.GetUtcNow().AddMinutes(-10)); // may still be committing
        var notOurs = WriteFile("notes.txt", _clock.GetUtcNow().AddDays(-400));
        using var replica = Replica();

        var ran = await replica.RunDueAsync();

        Assert.Equal(2, ran[UpkeepSchedule.OrphanFiles.Name]);
        Assert.False(File.Exists(orphanOld));
        Assert.False(File.Exists(partOld));
        Assert.True(File.Exists(orphanYoung));
        Assert.True(File.Exists(notOurs));
        Assert.Equal(new[] { withJob.Id, Guid.Parse(Path.GetFileName(orphanYoung)) }.Order(), FilesByJob().Order());

        // Not again before Storage:SweepInterval (15 min); then the young orphan has come of age.
        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.DoesNotContain(UpkeepSchedule.OrphanFiles.Name, (await replica.RunDueAsync()).Keys);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, (await replica.RunDueAsync())[UpkeepSchedule.OrphanFiles.Name]);
        Assert.Equal([withJob.Id], FilesByJob());
    }

    private UpkeepReplica Replica() => new(stores, _clock, services: services =>
    {
        var store = new DirectoryUploadFileStore(
            Options.Create(new StorageOptions { Provider = StorageProvider.Directory, Directory = _uploads.FullName }),
            NullLogger<DirectoryUploadFileStore>.Instance);
        services.AddSingleton<IUploadFileStore>(store);
        services.AddSingleton<IUploadFileListing>(store);
        services.AddScoped<OrphanUploadSweeper>();
    });

    /// <summary>A job whose upload is a file in the directory, written a second after the job's creation (as the API does).</summary>
    private async Task<OcrJob> JobWithFileAsync(OcrJobStatus status, DateTimeOffset createdAt, DateTimeOffset? completedAt = null, DateTimeOffset? leaseExpiresAt = null)
    {
        var job = Job(status, createdAt, completedAt, leaseExpiresAt);
        job.File = null; // Postgres keeps only the row.
        await AddAsync(stores, job);
        WriteFile(job.Id.ToString("D"), createdAt.AddSeconds(1));
        return job;
    }

    private string WriteFile(string name, DateTimeOffset writtenAt)
    {
        var path = Path.Combine(_uploads.FullName, name);
        File.WriteAllBytes(path, [1, 2, 3]);
        File.SetLastWriteTimeUtc(path, writtenAt.UtcDateTime);
        return path;
    }

    private List<Guid> FilesByJob() =>
        [.. _uploads.GetFiles().Select(f => Guid.TryParseExact(f.Name, "D", out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];
}

using Azure.Storage.Blobs;
using OcrAsync.Tests.Storage;
using static OcrAsync.Tests.Upkeep.UpkeepData;

namespace OcrAsync.Tests.Upkeep;

/// <summary>With blob storage the orphan sweep is an upkeep schedule: one replica sweeps per Storage:SweepInterval.</summary>
[Collection(UpkeepStoreCollection.Name)]
public sealed class OrphanBlobScheduleTests(UpkeepStoreFixture stores, AzuriteServer azurite) : IClassFixture<AzuriteServer>, IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Storage:SweepInterval"] = "00:15:00",
        ["Storage:OrphanAge"] = "01:00:00",
    };

    // Years after the blobs are written: every blob is older than the orphan age.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2032, 6, 1, 0, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => ResetAsync(stores);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Of_two_replicas_looking_at_the_same_moment_one_sweeps_the_orphans_once_per_sweep_interval()
    {
        var container = azurite.Client.GetBlobContainerClient($"t{Guid.NewGuid():N}");
        await container.CreateAsync();
        using var first = new UpkeepReplica(stores, _clock, Settings, services => AddSweeper(services, container));
        using var second = new UpkeepReplica(stores, _clock, Settings, services => AddSweeper(services, container));

        for (var period = 0; period < 3; period++)
        {
            var orphan = Guid.NewGuid().ToString("D");
            await container.UploadBlobAsync(orphan, BinaryData.FromBytes(new byte[16]));

            var ran = await Task.WhenAll(first.RunDueAsync(), second.RunDueAsync());

            var sweeps = ran.Where(r => r.ContainsKey(UpkeepSchedule.OrphanFiles.Name)).ToList();
            Assert.Equal(1, Assert.Single(sweeps)[UpkeepSchedule.OrphanFiles.Name]);
            Assert.False((await container.GetBlobClient(orphan).ExistsAsync()).Value);

            // Not again before the interval is over, on either replica.
            _clock.Advance(TimeSpan.FromMinutes(14));
            Assert.DoesNotContain(UpkeepSchedule.OrphanFiles.Name, (await first.RunDueAsync()).Keys);
            Assert.DoesNotContain(UpkeepSchedule.OrphanFiles.Name, (await second.RunDueAsync()).Keys);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static void AddSweeper(IServiceCollection services, BlobContainerClient container)
    {
        services.AddScoped<IUploadFileListing>(_ => new BlobUploadFileStore(container, NullLogger<BlobUploadFileStore>.Instance));
        services.AddScoped<OrphanUploadSweeper>();
    }
}

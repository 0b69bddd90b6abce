using Microsoft.EntityFrameworkCore;
using static OcrAsync.Tests.Upkeep.UpkeepData;

namespace OcrAsync.Tests.Upkeep;

/// <summary>
/// The API records a published job's dispatch after the 202, many per statement (<see cref="DispatchRecorder"/>), on a
/// real Postgres (the upkeep tests' store).
/// </summary>
[Collection(UpkeepStoreCollection.Name)]
public sealed class DispatchRecorderTests(UpkeepStoreFixture stores) : IAsyncLifetime
{
    public Task InitializeAsync() => ResetAsync(stores);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Published_jobs_are_recorded_as_dispatched_and_one_recorded_before_keeps_its_time()
    {
        var created = DateTimeOffset.UtcNow.AddMinutes(-1);
        var published = Enumerable.Range(0, 3).Select(_ => Job(OcrJobStatus.Queued, created)).ToList();
        published.ForEach(j => j.DispatchedAt = null);
        var notPublished = Job(OcrJobStatus.Queued, created);
        notPublished.DispatchedAt = null;
        var dispatchedBefore = Job(OcrJobStatus.Queued, created);
        await AddAsync(stores, [.. published, notPublished, dispatchedBefore]);

        await using var services = new ServiceCollection()
            .AddDbContext<OcrDbContext>(options => options.UseNpgsql(stores.DatabaseConnectionString))
            .BuildServiceProvider();
        var recorder = new DispatchRecorder(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<DispatchRecorder>.Instance);
        await recorder.StartAsync(CancellationToken.None);
        published.ForEach(j => recorder.Published(j.Id));
        recorder.Published(dispatchedBefore.Id);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        Dictionary<Guid, DateTimeOffset?> dispatched;
        do
        {
            await Task.Delay(100);
            await using var db = stores.CreateDbContext();
            dispatched = await db.Jobs.ToDictionaryAsync(j => j.Id, j => j.DispatchedAt);
        }
        while (published.Any(j => dispatched[j.Id] is null) && DateTime.UtcNow < deadline);
        await recorder.StopAsync(CancellationToken.None);

        Assert.All(published, j => Assert.NotNull(dispatched[j.Id]));
        Assert.Null(dispatched[notPublished.Id]);
        Assert.Equal(created, dispatched[dispatchedBefore.Id]!.Value, TimeSpan.FromMilliseconds(1));
    }
}

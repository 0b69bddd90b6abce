namespace OcrAsync.Tests.EndToEnd.ScaleOut;

/// <summary>
/// Its own AppHost (not the shared <see cref="OcrAppFixture"/>): two API instances and three worker processes on one
/// local Redis and one Postgres. Each worker runs one OCR engine, so N workers are N engines and the growth with
/// workers is visible on a small machine; the second and third start when a test starts them.
/// </summary>
public sealed class ScaleOutFixture : AppHostFixture
{
    public const string SecondApi = "api-b";

    public static readonly IReadOnlyList<string> Workers = [ResourceNames.Worker, "worker-2", "worker-3"];

    protected override TimeSpan StartTimeout => TimeSpan.FromMinutes(4);

    protected override Task ConfigureAsync(IDistributedApplicationTestingBuilder builder)
    {
        var api = builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Api);
        var redis = builder.CreateResourceBuilder<IResourceWithConnectionString>(ResourceNames.Redis);
        var database = builder.CreateResourceBuilder<IResourceWithConnectionString>(ResourceNames.Database);
        var apiB = AddSecondApi(builder, SecondApi);
        foreach (var (name, value) in Tokens.ApiEnvironment)
        {
            apiB.WithEnvironment(name, value);
        }

        var workers = new List<IResourceBuilder<ProjectResource>> { builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Worker) };
        workers.AddRange(Workers.Skip(1).Select(name => builder.AddProject<Projects.OcrAsync_Worker>(name)
            .WithReference(redis).WaitFor(redis)
            .WithReference(database).WaitFor(database)
            .WaitFor(api)
            .WithEnvironment("OMP_THREAD_LIMIT", "1")
            .WithHttpHealthCheck("/health")
            .WithExplicitStart()));
        foreach (var worker in workers)
        {
            // One engine per process; short lease and reclaim so the killed worker's job moves on in seconds.
            WithShortRecovery(worker.WithEnvironment("Ocr__EngineCount", "1"));
        }

        return Task.CompletedTask;
    }

    protected override async Task StartedAsync()
    {
        foreach (var resource in new[] { ResourceNames.Api, SecondApi, ResourceNames.Worker })
        {
            await WaitHealthyAsync(resource);
        }
    }

    public Task StartWorkerAsync(string name) => StartResourceAsync(name, StartTimeout);
}

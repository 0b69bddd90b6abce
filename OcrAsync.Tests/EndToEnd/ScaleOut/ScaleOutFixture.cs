using System.Net.Http.Headers;
using Aspire.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OcrAsync.AppHost;
using OcrAsync.Tests.Fixtures;

namespace OcrAsync.Tests.EndToEnd.ScaleOut;

/// <summary>
/// Its own AppHost (not the shared <see cref="OcrAppFixture"/>): two API instances and three worker processes on one
/// local Redis and one Postgres. Each worker runs one OCR engine, so N workers are N engines and the growth with
/// workers is visible on a small machine; the second and third start when a test starts them.
/// </summary>
public sealed class ScaleOutFixture : IAsyncLifetime
{
    public const string SecondApi = "api-b";

    public static readonly IReadOnlyList<string> Workers = [ResourceNames.Worker, "worker-2", "worker-3"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    public TestTokens Tokens { get; } = new();

    public DistributedApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.OcrAsync_AppHost>(
            ["Infrastructure=Local", "LocalInfrastructure:Ephemeral=true"],
            (options, _) => options.DisableDashboard = true);
        builder.Services.AddLogging(logging => logging
            .AddFilter("OcrAsync.AppHost.Resources", LogLevel.Warning)
            .AddFilter("Aspire.Hosting", LogLevel.Warning)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));

        var api = builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Api);
        var redis = builder.CreateResourceBuilder<IResourceWithConnectionString>(ResourceNames.Redis);
        var database = builder.CreateResourceBuilder<IResourceWithConnectionString>(ResourceNames.Database);
        var apiB = builder.AddProject<Projects.OcrAsync_Api>(SecondApi)
            .WithReference(redis).WaitFor(redis)
            .WithReference(database).WaitFor(database)
            .WaitFor(api)
            .WithHttpHealthCheck("/health");
        foreach (var (name, value) in Tokens.ApiEnvironment)
        {
            api.WithEnvironment(name, value);
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
            worker.WithEnvironment("Ocr__EngineCount", "1")
                .WithEnvironment("Consumer__LeaseDuration", "00:00:15")
                .WithEnvironment("Consumer__ReclaimIdleTime", "00:00:10")
                .WithEnvironment("Consumer__ReclaimInterval", "00:00:02");
        }

        App = await builder.BuildAsync().WaitAsync(StartTimeout);
        await App.StartAsync().WaitAsync(StartTimeout);
        foreach (var resource in new[] { ResourceNames.Api, SecondApi, ResourceNames.Worker })
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource).WaitAsync(StartTimeout);
        }
    }

    public async Task StartWorkerAsync(string name)
    {
        await App.ResourceCommands.ExecuteCommandAsync(name, KnownResourceCommands.StartCommand);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(name).WaitAsync(StartTimeout);
    }

    /// <summary>Kills a worker's process tree at once (SIGKILL), like a crash or an OOM kill.</summary>
    public void KillResource(string name) => ResourceProcess.Kill(App, name);

    public HttpClient CreateApiClient(string user, string resource)
    {
        var client = App.CreateHttpClient(resource);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(user));
        return client;
    }

    public HubConnection CreateHubConnection(string user, string resource)
    {
        var url = new Uri(App.GetEndpoint(resource, "http"), "/hubs/notifications");
        return new HubConnectionBuilder()
            .WithUrl(url, options => options.AccessTokenProvider = () => Task.FromResult<string?>(Tokens.For(user)))
            .Build();
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}

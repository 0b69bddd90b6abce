using System.Net.Http.Headers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace OcrAsync.Tests.EndToEnd;

/// <summary>
/// What every end-to-end fixture shares: the real AppHost with local Redis and Postgres processes (fresh data), no
/// dashboard and quiet logs, a signing key for test tokens, clients and hub connections of a user, and the resources'
/// processes. A fixture adds its resources and settings in <see cref="ConfigureAsync"/>.
/// </summary>
public abstract class AppHostFixture : IAsyncLifetime
{
    /// <summary>How long building, starting and each resource's health may take.</summary>
    protected virtual TimeSpan StartTimeout => TimeSpan.FromMinutes(3);

    public TestTokens Tokens { get; } = new();

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>
    /// AppHost arguments beyond the local, ephemeral infrastructure every fixture uses, with uploads in Postgres (the
    /// published default; ./run.sh keeps them in a directory) unless a fixture says otherwise.
    /// </summary>
    protected virtual IEnumerable<string> AppHostArguments => [];

    /// <summary>A timeout for <see cref="CreateApiClient"/>'s clients other than HttpClient's default, if any.</summary>
    protected virtual TimeSpan? ApiClientTimeout => null;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.OcrAsync_AppHost>(
            ["Infrastructure=Local", "LocalInfrastructure:Ephemeral=true", "Storage:Provider=Postgres", .. AppHostArguments],
            (options, _) => options.DisableDashboard = true);

        // The console keeps warnings and errors only, so that CI's tail shows test results rather than resource chatter;
        // health checks failing while the app shuts down are expected.
        builder.Services.AddLogging(logging => logging
            .AddFilter("OcrAsync.AppHost.Resources", LogLevel.Warning)
            .AddFilter("Aspire.Hosting", LogLevel.Warning)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));

        var api = builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Api);
        foreach (var (name, value) in Tokens.ApiEnvironment)
        {
            api.WithEnvironment(name, value);
        }

        await ConfigureAsync(builder);
        App = await builder.BuildAsync().WaitAsync(StartTimeout);
        await App.StartAsync().WaitAsync(StartTimeout);
        await StartedAsync();
    }

    /// <summary>Adds resources and settings before the build; the API already has the token settings.</summary>
    protected abstract Task ConfigureAsync(IDistributedApplicationTestingBuilder builder);

    /// <summary>After the start: waits for what the fixture's tests need healthy.</summary>
    protected abstract Task StartedAsync();

    protected Task WaitHealthyAsync(string resource) =>
        App.ResourceNotifications.WaitForResourceHealthyAsync(resource).WaitAsync(StartTimeout);

    /// <summary>
    /// Starts a resource (again, after a stop or a kill) and waits until <paramref name="healthResource"/> (the resource itself
    /// by default) is healthy. Right after the start command the resource can still show the state its stop left, which
    /// the default wait takes for a failed start ("failed to start" within seconds, seen in CI): this wait goes through it.
    /// </summary>
    public async Task StartResourceAsync(string resource, TimeSpan timeout, string? healthResource = null)
    {
        using var patience = new CancellationTokenSource(timeout);
        await App.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand, patience.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(healthResource ?? resource, WaitBehavior.WaitOnResourceUnavailable, patience.Token);
    }

    /// <summary>A second instance of the API project beside the first (same Redis and database), started after it.</summary>
    protected static IResourceBuilder<ProjectResource> AddSecondApi(IDistributedApplicationTestingBuilder builder, string name)
    {
        var redis = builder.CreateResourceBuilder<IResourceWithConnectionString>(ResourceNames.Redis);
        var database = builder.CreateResourceBuilder<IResourceWithConnectionString>(ResourceNames.Database);
        return builder.AddProject<Projects.OcrAsync_Api>(name)
            .WithReference(redis).WaitFor(redis)
            .WithReference(database).WaitFor(database)
            // The first instance applies the migrations.
            .WaitFor(builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Api))
            .WithHttpHealthCheck("/health");
    }

    /// <summary>Short recovery times on a worker, so crash tests take seconds, not the production minutes.</summary>
    protected static IResourceBuilder<ProjectResource> WithShortRecovery(IResourceBuilder<ProjectResource> worker) => worker
        .WithEnvironment("Consumer__LeaseDuration", "00:00:15")
        .WithEnvironment("Consumer__ReclaimIdleTime", "00:00:10")
        .WithEnvironment("Consumer__ReclaimInterval", "00:00:02");

    /// <summary>The process id of a resource (redis-server, the postgres server, an api or worker process).</summary>
    public int ProcessId(string resource)
    {
        Assert.True(App.ResourceNotifications.TryGetCurrentState(resource, out var state), $"{resource} has no state");
        return Convert.ToInt32(state.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Kills a project resource's process tree at once (SIGKILL), like a crash or an OOM kill.</summary>
    public void KillResource(string name) => ResourceProcess.Kill(App, name);

    /// <summary>A client of an API instance; with a user name it carries that user's bearer token (and roles).</summary>
    public HttpClient CreateApiClient(string? user = null, string resource = ResourceNames.Api, IReadOnlyList<string>? roles = null)
    {
        var client = App.CreateHttpClient(resource);
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(user, roles: roles));
        }

        if (ApiClientTimeout is { } timeout)
        {
            client.Timeout = timeout;
        }

        return client;
    }

    /// <summary>
    /// A connection to the notification hub of an API instance, as the web page makes it (token in the query string);
    /// not started. Without a user it carries no token.
    /// </summary>
    public HubConnection CreateHubConnection(string? user, string resource = ResourceNames.Api)
    {
        var url = new Uri(App.GetEndpoint(resource, "http"), "/hubs/notifications");
        return new HubConnectionBuilder()
            .WithUrl(url, options => options.AccessTokenProvider = () => Task.FromResult(user is null ? null : Tokens.For(user)))
            .Build();
    }

    public virtual async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}

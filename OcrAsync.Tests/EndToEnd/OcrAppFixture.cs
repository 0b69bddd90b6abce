using System.Net.Http.Headers;
using Aspire.Hosting;
using OcrAsync.Tests.Fixtures;

namespace OcrAsync.Tests.EndToEnd;

/// <summary>
/// Starts the real AppHost once for the whole collection: local Redis and Postgres processes (fresh data),
/// the API and the worker, exactly as ./run.sh does, with a signing key for test tokens.
/// </summary>
public sealed class OcrAppFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public TestTokens Tokens { get; } = new();

    public DistributedApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.OcrAsync_AppHost>(
            ["Infrastructure=Local", "LocalInfrastructure:Ephemeral=true"],
            (options, _) => options.DisableDashboard = true);

        var api = builder.CreateResourceBuilder<ProjectResource>("api");
        foreach (var (name, value) in Tokens.ApiEnvironment)
        {
            api.WithEnvironment(name, value);
        }

        // Short recovery times so crash tests take seconds, not the production minutes.
        var worker = builder.CreateResourceBuilder<ProjectResource>("worker");
        worker.WithEnvironment("Consumer__LeaseDuration", "00:00:15")
            .WithEnvironment("Consumer__ReclaimIdleTime", "00:00:10")
            .WithEnvironment("Consumer__ReclaimInterval", "00:00:02");

        App = await builder.BuildAsync().WaitAsync(StartTimeout);
        await App.StartAsync().WaitAsync(StartTimeout);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("api").WaitAsync(StartTimeout);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("worker").WaitAsync(StartTimeout);
    }

    /// <summary>Kills a project resource's process tree at once (SIGKILL), like a crash or an OOM kill.</summary>
    public void KillResource(string name)
    {
        Assert.True(App.ResourceNotifications.TryGetCurrentState(name, out var state), $"{name} has no state");
        var pid = state.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value;
        using var process = System.Diagnostics.Process.GetProcessById(Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture));
        process.Kill(entireProcessTree: true);
    }

    /// <summary>An API client; with a user name it carries that user's bearer token.</summary>
    public HttpClient CreateApiClient(string? user = null)
    {
        var client = App.CreateHttpClient("api");
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(user));
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}

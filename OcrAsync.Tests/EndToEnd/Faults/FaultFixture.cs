using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OcrAsync.AppHost;
using OcrAsync.Tests.Fixtures;

namespace OcrAsync.Tests.EndToEnd.Faults;

/// <summary>
/// A system of its own for the fault tests: local Redis and Postgres (fresh data), one API and one worker, as
/// ./run.sh starts them, with short recovery times. Right after the API reports healthy, while the worker is still
/// starting, it submits one upload (<see cref="FirstUpload"/>), as a client right after ./run.sh would.
/// </summary>
public sealed class FaultFixture : IAsyncLifetime
{
    /// <summary>Consumer:ForgetAfter on the worker: how long a silent worker or idle consumer is kept.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public TestTokens Tokens { get; } = new();

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The upload sent the moment the API was healthy: its status code and X-Processed-By header.</summary>
    public (HttpStatusCode Status, string? ProcessedBy, string Body) FirstUpload { get; private set; }

    /// <summary>Whether the worker had reported healthy when <see cref="FirstUpload"/> was answered.</summary>
    public bool WorkerWasHealthyAtFirstUpload { get; private set; }

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
        foreach (var (name, value) in Tokens.ApiEnvironment)
        {
            api.WithEnvironment(name, value);
        }

        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Worker)
            .WithEnvironment("Consumer__LeaseDuration", "00:00:15")
            .WithEnvironment("Consumer__ReclaimIdleTime", "00:00:10")
            .WithEnvironment("Consumer__ReclaimInterval", "00:00:02")
            .WithEnvironment("Consumer__ForgetAfter", ForgetAfter.ToString("c", CultureInfo.InvariantCulture));

        App = await builder.BuildAsync().WaitAsync(StartTimeout);
        await App.StartAsync().WaitAsync(StartTimeout);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Api).WaitAsync(StartTimeout);

        using var client = CreateApiClient("first-user");
        var png = InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Startup Ltd", "START-1", "2024-02-02", [new InvoiceLineItem("Item", 1, 5m)]), dpi: 120);
        using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(png, "first.png"));
        FirstUpload = (response.StatusCode, response.Headers.TryGetValues("X-Processed-By", out var by) ? by.Single() : null,
            await response.Content.ReadAsStringAsync());
        WorkerWasHealthyAtFirstUpload = App.ResourceNotifications.TryGetCurrentState(ResourceNames.Worker, out var worker)
            && worker.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy;

        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Worker).WaitAsync(StartTimeout);
    }

    /// <summary>The process id of a resource (redis-server, the postgres server, the api or worker process).</summary>
    public int ProcessId(string resource)
    {
        Assert.True(App.ResourceNotifications.TryGetCurrentState(resource, out var state), $"{resource} has no state");
        var pid = state.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value;
        return Convert.ToInt32(pid, CultureInfo.InvariantCulture);
    }

    /// <summary>Freezes a resource's process tree until the result is disposed.</summary>
    public ProcessFreeze Freeze(string resource) => ProcessFreeze.Start(ProcessId(resource));

    public HttpClient CreateApiClient(string user, IReadOnlyList<string>? roles = null)
    {
        var client = App.CreateHttpClient(ResourceNames.Api);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(user, roles: roles));
        client.Timeout = TimeSpan.FromSeconds(60);
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

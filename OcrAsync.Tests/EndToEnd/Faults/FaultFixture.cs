namespace OcrAsync.Tests.EndToEnd.Faults;

/// <summary>
/// A system of its own for the fault tests: local Redis and Postgres (fresh data), one API and one worker, as
/// ./run.sh starts them, with short recovery times. Right after the API reports healthy, while the worker is still
/// starting, it submits one upload (<see cref="FirstUpload"/>), as a client right after ./run.sh would.
/// </summary>
public sealed class FaultFixture : AppHostFixture
{
    /// <summary>Consumer:ForgetAfter on the worker: how long a silent worker or idle consumer is kept.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromSeconds(15);

    /// <summary>The upload sent the moment the API was healthy: its status code and X-Processed-By header.</summary>
    public (HttpStatusCode Status, string? ProcessedBy, string Body) FirstUpload { get; private set; }

    /// <summary>Whether the worker had reported healthy when <see cref="FirstUpload"/> was answered.</summary>
    public bool WorkerWasHealthyAtFirstUpload { get; private set; }

    protected override TimeSpan? ApiClientTimeout => TimeSpan.FromSeconds(60);

    protected override Task ConfigureAsync(IDistributedApplicationTestingBuilder builder)
    {
        WithShortRecovery(builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Worker))
            .WithEnvironment("Consumer__ForgetAfter", ForgetAfter.ToString("c", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    protected override async Task StartedAsync()
    {
        await WaitHealthyAsync(ResourceNames.Api);

        using var client = CreateApiClient("first-user");
        var png = InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Startup Ltd", "START-1", "2024-02-02", [new PrintedLineItem("Item", 1, 5m)]), dpi: 120);
        using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(png, "first.png"));
        FirstUpload = (response.StatusCode, response.Headers.TryGetValues("X-Processed-By", out var by) ? by.Single() : null,
            await response.Content.ReadAsStringAsync());
        WorkerWasHealthyAtFirstUpload = App.ResourceNotifications.TryGetCurrentState(ResourceNames.Worker, out var worker)
            && worker.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy;

        await WaitHealthyAsync(ResourceNames.Worker);
    }

    /// <summary>Freezes a resource's process tree until the result is disposed.</summary>
    public ProcessFreeze Freeze(string resource) => ProcessFreeze.Start(ProcessId(resource));
}

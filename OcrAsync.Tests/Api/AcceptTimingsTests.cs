using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OcrAsync.Api.Uploads;

namespace OcrAsync.Tests.Api;

public sealed class AcceptTimingsTests
{
    private static readonly long Millisecond = Stopwatch.Frequency / 1000;

    [Fact]
    public void The_header_has_each_phase_from_the_end_of_the_previous_one_then_the_total_gc_and_pool()
    {
        var timings = new AcceptTimings(startTimestamp: 1000 * Millisecond, TimeSpan.FromMilliseconds(40), gen0Collections: 7, gen2Collections: 1, pendingWorkItems: 3);

        timings.Mark("body", 1002 * Millisecond);
        timings.Mark("store", 1012 * Millisecond);
        var header = timings.ToHeaderValue(1013 * Millisecond, TimeSpan.FromMilliseconds(45.5), gen0Collections: 9, gen2Collections: 2);

        Assert.Equal("body;dur=2, store;dur=10, total;dur=13, gc;dur=5.5;desc=\"2/1\", pool;desc=\"3\"", header);
    }

    [Fact]
    public async Task Uploads_get_a_server_timing_header_with_the_endpoints_phases_and_other_requests_none()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.UseAcceptTimings();
        app.MapPost("/api/ocr-async/process-async", (HttpContext context) =>
        {
            context.MarkAcceptPhase("body");
            context.MarkAcceptPhase("store");
            return "accepted";
        });
        app.MapGet("/api/ocr-async/status", (HttpContext context) =>
        {
            context.MarkAcceptPhase("body"); // Not timed: no header, no failure.
            return "queued";
        });
        await app.StartAsync(timeout.Token);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        using var upload = await http.PostAsync("/api/ocr-async/process-async", new StringContent("x"), timeout.Token);
        using var status = await http.GetAsync("/api/ocr-async/status", timeout.Token);

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var header = Assert.Single(upload.Headers.GetValues(AcceptTimingExtensions.HeaderName));
        Assert.Matches("^body;dur=[0-9.]+, store;dur=[0-9.]+, total;dur=[0-9.]+, gc;dur=[0-9.]+;desc=\"[0-9]+/[0-9]+\", pool;desc=\"[0-9]+\"$", header);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.False(status.Headers.Contains(AcceptTimingExtensions.HeaderName));
        await app.StopAsync(timeout.Token);
    }
}

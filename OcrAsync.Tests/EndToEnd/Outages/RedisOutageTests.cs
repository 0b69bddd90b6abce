namespace OcrAsync.Tests.EndToEnd.Outages;

/// <summary>Stops the real Redis process under the running system, then starts it again (with no data: it is ephemeral).</summary>
[Collection(OutageCollection.Name)]
public sealed class RedisOutageTests(OutageFixture fixture)
{
    [Fact]
    public async Task Uploads_are_accepted_while_redis_is_down_and_all_complete_after_it_returns()
    {
        using var client = fixture.CreateApiClient("outage-user");
        using var api = fixture.App.CreateHttpClient("api");
        var commands = fixture.App.ResourceCommands;

        await commands.ExecuteCommandAsync("redis", KnownResourceCommands.StopCommand);
        var started = false;
        try
        {
            await api.WaitForHealthAsync("Unhealthy");

            var ids = new List<string>();
            for (var i = 1; i <= 10; i++)
            {
                var png = InvoiceImageRenderer.RenderPng(
                    InvoiceSpec.Create("Litware", $"OUT-{i}", "2024-06-01", [new PrintedLineItem("Item", i, 10m)]), dpi: 120);
                var accepted = await client.SubmitAsync(png, $"out-{i}.png");
                ids.Add(accepted.GetProperty("ocr_result_id").GetString()!);
            }

            // Status reads keep working from Postgres.
            var queued = await client.GetAsync($"/api/ocr-async/status/{ids[0]}");
            Assert.Equal(HttpStatusCode.OK, queued.StatusCode);

            started = true;
            await fixture.StartResourceAsync("redis", TimeSpan.FromMinutes(1));

            // Redis came back empty (no worker heartbeats in it yet), but the worker is alive: the API still queues.
            var after = await client.SubmitAsync(
                InvoiceImageRenderer.RenderPng(InvoiceSpec.Create("Litware", "OUT-11", "2024-06-01", [new PrintedLineItem("Item", 1, 10m)]), dpi: 120),
                "out-11.png");
            Assert.Equal("queued", after.GetProperty("status").GetString());
            ids.Add(after.GetProperty("ocr_result_id").GetString()!);

            foreach (var id in ids)
            {
                var status = await client.WaitForFinalStatusAsync(id, TimeSpan.FromMinutes(2));
                Assert.Equal("completed", status.GetProperty("status").GetString());
            }

            await api.WaitForHealthAsync("Healthy");
        }
        finally
        {
            // Leave the shared system running for the other tests whatever happened (start on a running resource restarts it).
            if (!started)
            {
                await fixture.StartResourceAsync("redis", TimeSpan.FromMinutes(1));
            }
        }
    }
}

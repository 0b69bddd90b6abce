namespace OcrAsync.Tests.EndToEnd;

/// <summary>Stops the real Postgres process under the running system and starts it again (its data is kept).</summary>
[Collection(OcrAppCollection.Name)]
public sealed class PostgresOutageTests(OcrAppFixture fixture)
{
    [Fact]
    public async Task Health_goes_unhealthy_without_postgres_and_healthy_again_after()
    {
        using var api = fixture.App.CreateHttpClient("api");
        using var worker = fixture.App.CreateHttpClient("worker");
        api.Timeout = worker.Timeout = TimeSpan.FromSeconds(20);
        var commands = fixture.App.ResourceCommands;

        await commands.ExecuteCommandAsync("postgres", KnownResourceCommands.StopCommand);
        try
        {
            await WaitForHealthAsync(api, "Unhealthy");
            await WaitForHealthAsync(worker, "Unhealthy");
        }
        finally
        {
            await commands.ExecuteCommandAsync("postgres", KnownResourceCommands.StartCommand);
            await fixture.App.ResourceNotifications.WaitForResourceHealthyAsync("ocrdb").WaitAsync(TimeSpan.FromMinutes(1));
        }

        await WaitForHealthAsync(api, "Healthy");
        await WaitForHealthAsync(worker, "Healthy");

        // And the system works again end to end.
        using var client = fixture.CreateApiClient("pg-outage-user");
        var png = Fixtures.InvoiceImageRenderer.RenderPng(
            Fixtures.InvoiceSpec.Create("Northwind", "PG-1", "2024-03-03", [new Fixtures.InvoiceLineItem("x", 1, 9m)]), dpi: 120);
        var accepted = await client.SubmitAsync(png, "pg.png");
        var status = await client.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);
        Assert.Equal("completed", status.GetProperty("status").GetString());
    }

    private static async Task WaitForHealthAsync(HttpClient client, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync("/health");
                last = await response.Content.ReadAsStringAsync();
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message; // A probe that cannot answer in time counts as not healthy.
            }

            if (last == expected)
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"health stayed '{last}', expected '{expected}'.");
    }
}

namespace OcrAsync.Tests.EndToEnd.Outages;

/// <summary>Stops the real Postgres process under the running system and starts it again (its data is kept).</summary>
[Collection(OutageCollection.Name)]
public sealed class PostgresOutageTests(OutageFixture fixture)
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
            await api.WaitForHealthAsync("Unhealthy");
            await worker.WaitForHealthAsync("Unhealthy");
        }
        finally
        {
            await fixture.StartResourceAsync("postgres", TimeSpan.FromMinutes(1), healthResource: "ocrdb");
        }

        await api.WaitForHealthAsync("Healthy");
        await worker.WaitForHealthAsync("Healthy");

        // And the system works again end to end.
        using var client = fixture.CreateApiClient("pg-outage-user");
        var png = InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Northwind", "PG-1", "2024-03-03", [new PrintedLineItem("x", 1, 9m)]), dpi: 120);
        var accepted = await client.SubmitAsync(png, "pg.png");
        var status = await client.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);
        Assert.Equal("completed", status.GetProperty("status").GetString());
    }
}

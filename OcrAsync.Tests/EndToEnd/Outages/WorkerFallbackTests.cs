namespace OcrAsync.Tests.EndToEnd.Outages;

/// <summary>The original design's synchronous fallback: with no worker alive the API processes the upload itself.</summary>
[Collection(OutageCollection.Name)]
public sealed class WorkerFallbackTests(OutageFixture fixture)
{
    [Fact]
    public async Task With_no_worker_alive_the_api_processes_the_upload_itself_and_says_so()
    {
        using var client = fixture.CreateApiClient("fallback-user");
        await using var events = await NotificationRecorder.StartAsync(fixture.CreateHubConnection("fallback-user"));
        var png = InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Fallback Ltd", "FB-2024-7", "2024-08-08", [new PrintedLineItem("Service", 1, 42m)]), dpi: 200);

        string fallbackId;
        await fixture.App.ResourceCommands.ExecuteCommandAsync("worker", KnownResourceCommands.StopCommand);
        try
        {
            // Its last heartbeat must age past Fallback:WorkerAbsentAfter (20 s in the tests): no longer than that.
            await fixture.WaitUntilWorkersCountAsGoneAsync();
            using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(png, "fallback.png"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("api-fallback", response.Headers.GetValues("X-Processed-By").Single());
            var status = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("completed", status.GetProperty("status").GetString());
            Assert.Equal("FB-2024-7", status.GetProperty("extracted_data").GetProperty("invoice_number").GetString());
            fallbackId = status.GetProperty("ocr_result_id").GetString()!;
        }
        finally
        {
            await fixture.StartResourceAsync("worker", TimeSpan.FromMinutes(2));
        }

        // With a worker alive again, uploads are queued as usual (202).
        // The same bytes again would reuse the fallback's result (duplicate uploads); this asks for a fresh read.
        var accepted = await client.SubmitAsync(png, "after.png", ("reuse", "false"));
        Assert.Equal("queued", accepted.GetProperty("status").GetString());

        // The fallback kept the words and boxes as a worker does: a correction of its result is learned from.
        using var correction = await client.PatchAsync($"/api/ocr-async/results/{fallbackId}",
            JsonContent.Create(new { fields = new { invoice_number = "FB-2024-7", vendor_name = "Fallback Ltd" } }));
        Assert.Equal(HttpStatusCode.OK, correction.StatusCode);
        var trained = await events.WaitForAsync(
            e => e.GetProperty("type").GetString() == "ai_training" && NotificationRecorder.IsAbout(e, fallbackId)
                && e.GetProperty("data").GetProperty("stage").GetString() is "completed" or "failed",
            TimeSpan.FromSeconds(60));
        Assert.Equal("completed", trained.GetProperty("data").GetProperty("stage").GetString());
    }
}

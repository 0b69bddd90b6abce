namespace OcrAsync.Tests.EndToEnd;

[Collection(OcrAppCollection.Name)]
public sealed class QueueFeatureTests(OcrAppFixture fixture)
{
    private static byte[] Invoice(string number, int dpi = 150) => InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Adventure Works", number, "2024-05-02", [new PrintedLineItem("Consulting", 2, 120m)]), dpi);

    [Fact]
    public async Task Bulk_upload_accepts_the_valid_files_reports_the_invalid_one_and_the_batch_completes()
    {
        using var client = fixture.CreateApiClient("bulk-user");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Invoice("BULK-1")), "files", "one.png" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("<html>not an invoice</html>")), "files", "two.jpg" },
            { new ByteArrayContent(Invoice("BULK-3")), "files", "three.png" },
        };

        using var response = await client.PostAsync("/api/ocr-async/process-bulk", form);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var bulk = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, bulk.GetProperty("accepted").GetInt32());
        Assert.Equal(1, bulk.GetProperty("rejected").GetInt32());
        var items = bulk.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["queued", "rejected", "queued"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.Contains("HTML document", items[1].GetProperty("error").GetString());

        var batchUrl = bulk.GetProperty("check_status_url").GetString()!;
        var summary = await client.WaitForBatchAsync(batchUrl);
        Assert.Equal(2, summary.GetProperty("total").GetInt32());
        Assert.Equal(2, summary.GetProperty("counts").GetProperty("completed").GetInt32());

        using var other = fixture.CreateApiClient("someone-else");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(batchUrl)).StatusCode);
    }

    [Fact]
    public async Task A_repeated_submit_with_the_same_idempotency_key_returns_the_original_job()
    {
        using var client = fixture.CreateApiClient("idempotent-user");
        var key = Guid.NewGuid().ToString();

        var first = await SubmitWithKeyAsync(client, key);
        var second = await SubmitWithKeyAsync(client, key);
        using var otherUser = fixture.CreateApiClient("another-idempotent-user");
        var third = await SubmitWithKeyAsync(otherUser, key);

        Assert.Equal(first.GetProperty("ocr_result_id").GetString(), second.GetProperty("ocr_result_id").GetString());
        Assert.Contains("original job", second.GetProperty("message").GetString());
        Assert.NotEqual(first.GetProperty("ocr_result_id").GetString(), third.GetProperty("ocr_result_id").GetString());
    }

    [Fact]
    public async Task A_cancelled_job_ends_cancelled_and_a_finished_one_cannot_be_cancelled()
    {
        using var client = fixture.CreateApiClient("cancel-user");
        // Three pages: an idle worker could finish one page before the cancel arrives, never three.
        var pdf = ScannedPdf.FromPages(Enumerable.Range(1, 3).Select(i => Invoice($"CANCEL-{i}", dpi: 300)));
        var accepted = await client.SubmitAsync(pdf, "cancel.pdf", ("priority", "low"));
        var taskId = accepted.GetProperty("task_id").GetString();

        using var cancel = await client.PostAsync($"/api/ocr-async/cancel/{taskId}", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);

        var status = await client.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);
        Assert.Equal("cancelled", status.GetProperty("status").GetString());
        Assert.Equal("REVOKED", status.GetProperty("task_status").GetString());
        Assert.False(status.TryGetProperty("extracted_data", out _));

        using var again = await client.PostAsync($"/api/ocr-async/cancel/{taskId}", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var otherUser = fixture.CreateApiClient("not-the-owner");
        using var foreign = await otherUser.PostAsync($"/api/ocr-async/cancel/{taskId}", null);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task A_running_job_cancelled_stops_at_the_next_page_and_a_queued_one_never_starts()
    {
        using var client = fixture.CreateApiClient("cancel-paths-user");
        var pdf = ScannedPdf.FromPages(Enumerable.Range(1, 4).Select(i => Invoice($"PAGE-{i}", dpi: 200)));
        var running = await client.SubmitAsync(pdf, "running.pdf");
        var runningId = running.GetProperty("ocr_result_id").GetString()!;
        await WaitForProgressAsync(client, runningId);

        using var cancelRunning = await client.PostAsync($"/api/ocr-async/cancel/{running.GetProperty("task_id").GetString()}", null);
        Assert.Equal(HttpStatusCode.OK, cancelRunning.StatusCode);
        Assert.Equal("processing", (await cancelRunning.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var stopped = await client.WaitForFinalStatusAsync(runningId);
        Assert.Equal("cancelled", stopped.GetProperty("status").GetString());
        Assert.InRange(stopped.GetProperty("task_info").GetProperty("progress").GetInt32(), 1, 99);

        // Keep both consumer loops busy, then cancel a low-priority job that is still waiting.
        foreach (var i in Enumerable.Range(0, 2))
        {
            await client.SubmitAsync(pdf, $"busy{i}.pdf", ("priority", "high"));
        }

        var queued = await client.SubmitAsync(Invoice("QUEUED-1"), "queued.png", ("priority", "low"));
        using var cancelQueued = await client.PostAsync($"/api/ocr-async/cancel/{queued.GetProperty("task_id").GetString()}", null);
        Assert.Equal("cancelled", (await cancelQueued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await Task.Delay(TimeSpan.FromSeconds(2)); // Time in which a worker would have picked it up, were it queued.
        var never = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{queued.GetProperty("ocr_result_id").GetString()}");
        Assert.Equal("cancelled", never.GetProperty("status").GetString());
        Assert.False(never.TryGetProperty("started_at", out _));
    }

    private static async Task WaitForProgressAsync(HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{id}");
            if (status.GetProperty("status").GetString() == "processing")
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"job {id} never started");
    }

    [Fact]
    public async Task An_unknown_priority_is_rejected_and_too_many_bulk_files_are_refused()
    {
        using var client = fixture.CreateApiClient("limits-user");
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 51; i++)
        {
            form.Add(new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0]), "files", $"f{i}.jpg");
        }

        using var tooMany = await client.PostAsync("/api/ocr-async/process-bulk", form);

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var problem = await tooMany.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("at most 50", problem.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> SubmitWithKeyAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, OcrApiClient.SubmitPath)
        {
            Content = OcrApiClient.Form(Invoice("IDEM-1", dpi: 100), "idem.png"),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

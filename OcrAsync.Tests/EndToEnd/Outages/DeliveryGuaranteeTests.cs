namespace OcrAsync.Tests.EndToEnd.Outages;

/// <summary>Breaks things for real: kills and pauses the worker process under load.</summary>
[Collection(OutageCollection.Name)]
public sealed class DeliveryGuaranteeTests(OutageFixture fixture)
{
    private static readonly TimeSpan Recovery = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_job_whose_worker_is_killed_mid_job_completes_exactly_once_after_a_new_worker_starts()
    {
        using var client = fixture.CreateApiClient("crash-user");
        var pages = Enumerable.Range(1, 4).Select(i => InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Crash Test Co", $"CRASH-{i}", "2024-07-0" + i, [new PrintedLineItem("Widget", i, 5m)]), dpi: 200)).ToList();
        var accepted = await client.SubmitAsync(ScannedPdf.FromPages(pages), "crash.pdf");
        var id = accepted.GetProperty("ocr_result_id").GetString()!;

        await WaitForStatusAsync(client, id, "processing");
        fixture.KillResource("worker");
        await fixture.StartResourceAsync("worker", Recovery);

        var status = await client.WaitForFinalStatusAsync(id, Recovery);
        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(2, status.GetProperty("attempts").GetInt32()); // The killed run and the one that finished.
        Assert.Equal("CRASH-1", status.GetProperty("extracted_data").GetProperty("invoice_number").GetString());
        await AssertQueueDrainedAsync(client);
    }

    [Fact]
    public async Task High_priority_jobs_queued_while_the_worker_is_busy_run_before_low_ones()
    {
        using var client = fixture.CreateApiClient("priority-user");
        var png = InvoiceImageRenderer.RenderPng(InvoiceSpec.Create("Prio", "P-1", "2024-01-01", [new PrintedLineItem("x", 1, 1m)]), dpi: 150);
        var slowPdf = ScannedPdf.FromPages(Enumerable.Range(1, 3).Select(i => InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Busy", $"BUSY-{i}", "2024-01-01", [new PrintedLineItem("x", i, 1m)]), dpi: 200)).ToList());

        // Occupy both consumer loops with slow multi-page jobs, then queue low before high.
        var blockers = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            blockers.Add((await client.SubmitAsync(slowPdf, $"busy{i}.pdf", ("priority", "normal"), ("reuse", "false"))).GetProperty("ocr_result_id").GetString()!);
        }

        foreach (var id in blockers)
        {
            await WaitForStatusAsync(client, id, "processing");
        }

        var low = new List<string>();
        var high = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            low.Add((await client.SubmitAsync(png, $"low{i}.png", ("priority", "low"), ("reuse", "false"))).GetProperty("ocr_result_id").GetString()!);
        }

        for (var i = 0; i < 2; i++)
        {
            high.Add((await client.SubmitAsync(png, $"high{i}.png", ("priority", "high"), ("reuse", "false"))).GetProperty("ocr_result_id").GetString()!);
        }

        var started = new Dictionary<string, DateTimeOffset>();
        foreach (var id in low.Concat(high))
        {
            var status = await client.WaitForFinalStatusAsync(id, Recovery);
            Assert.Equal("completed", status.GetProperty("status").GetString());
            started[id] = status.GetProperty("started_at").GetDateTimeOffset();
        }

        var blockersDone = new List<DateTimeOffset>();
        foreach (var id in blockers)
        {
            blockersDone.Add((await client.WaitForFinalStatusAsync(id, Recovery)).GetProperty("completed_at").GetDateTimeOffset());
        }

        Assert.True(low.Min(id => started[id]) >= blockersDone.Min(), "the low jobs were queued while both loops were busy");
        Assert.True(high.Max(id => started[id]) <= low.Min(id => started[id]), "every high-priority job started before any low one");
    }

    [Fact]
    public async Task Two_hundred_uploads_at_once_all_complete_once_and_none_is_lost()
    {
        using var client = fixture.CreateApiClient("load-user");
        var png = InvoiceImageRenderer.RenderPng(InvoiceSpec.Create("Load", "L-1", "2024-01-01", [new PrintedLineItem("x", 1, 1m)]), dpi: 200);

        var batches = await Task.WhenAll(Enumerable.Range(0, 4).Select(async b =>
        {
            // The same file 200 times: every copy must run (not take the first one's result).
            using var form = new MultipartFormDataContent { { new StringContent("false"), "reuse" } };
            for (var i = 0; i < 50; i++)
            {
                form.Add(new ByteArrayContent(png), "files", $"load-{b}-{i}.png");
            }

            using var response = await client.PostAsync("/api/ocr-async/process-bulk", form);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("check_status_url").GetString()!;
        }));

        var ids = new HashSet<string>();
        foreach (var batchUrl in batches)
        {
            var summary = await client.WaitForBatchAsync(batchUrl);
            Assert.Equal(50, summary.GetProperty("counts").GetProperty("completed").GetInt32());
            foreach (var item in summary.GetProperty("items").EnumerateArray())
            {
                Assert.True(ids.Add(item.GetProperty("ocr_result_id").GetString()!));
            }
        }

        Assert.Equal(200, ids.Count);
        var stats = await client.GetFromJsonAsync<JsonElement>("/api/ocr-async/queue-stats");
        Assert.Equal(200, stats.GetProperty("my_jobs").GetProperty("completed").GetInt32());
        foreach (var id in ids.Take(20))
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{id}");
            Assert.Equal(1, status.GetProperty("attempts").GetInt32()); // Ran once: no duplicate delivery was processed.
        }

        await AssertQueueDrainedAsync(client);
    }

    private static async Task AssertQueueDrainedAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var stats = await client.GetFromJsonAsync<JsonElement>("/api/ocr-async/queue-stats");
            var streams = stats.GetProperty("streams").EnumerateArray().ToList();
            if (streams.All(s => s.GetProperty("length").GetInt64() == 0 && s.GetProperty("pending").GetInt64() == 0))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"streams still hold entries: {stats.GetProperty("streams")}");
            await Task.Delay(500);
        }
    }

    private static async Task WaitForStatusAsync(HttpClient client, string id, string wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{id}");
            if (status.GetProperty("status").GetString() == wanted)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"job {id} never reached {wanted}");
    }
}

namespace OcrAsync.Tests.EndToEnd;

[Collection(OcrAppCollection.Name)]
public sealed class ObservabilityTests(OcrAppFixture fixture)
{
    private static readonly byte[] Png = InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Tailspin Toys", "OBS-9", "2024-04-04", [new PrintedLineItem("Kite", 3, 19.99m)]), dpi: 150);

    [Fact]
    public async Task The_worker_processes_a_job_inside_the_trace_the_client_started()
    {
        using var client = fixture.CreateApiClient("trace-user");
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, OcrApiClient.SubmitPath) { Content = OcrApiClient.Form(Png, "trace.png") };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        using var response = await client.SendAsync(request);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var status = await client.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);

        // The worker records the trace it ran under: the same id means the context crossed the Redis stream.
        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(traceId, status.GetProperty("trace_id").GetString());

        // And the exported spans form one connected trace across both services. Each service exports on its own
        // schedule, so wait for every span the test names, not only the last one the worker ends.
        var spans = await WaitForSpansAsync(traceId,
            s => s.Service == "api" && s.Name.StartsWith("POST", StringComparison.Ordinal),
            s => s.Service == "api" && s.Name == "ocr.publish",
            s => s.Service == "worker" && s.Name == "ocr.job",
            s => s.Name == "ocr.page",
            s => s.Name == "ocr.extract",
            s => s.Name == "ocr.load",
            s => s.Name == "ocr.save");
        Assert.Contains(spans, s => s.Service == "api" && s.Name.StartsWith("POST", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.Service == "api" && s.Name == "ocr.publish");
        var job = Assert.Single(spans, s => s.Service == "worker" && s.Name == "ocr.job");
        Assert.Equal(accepted.GetProperty("ocr_result_id").GetString(), job.Attributes["ocr.job_id"]);
        Assert.Equal("normal", job.Attributes["ocr.priority"]);
        Assert.Equal("1", job.Attributes["ocr.attempt"]);
        var page = Assert.Single(spans, s => s.Name == "ocr.page");
        Assert.Equal("1", page.Attributes["ocr.page"]);
        Assert.Equal("ocr", page.Attributes["ocr.page_source"]);
        Assert.Contains(spans, s => s.Name == "ocr.extract");
        Assert.Contains(spans, s => s.Name == "ocr.load");

        // Connected: every span's parent is in the trace, except the client's own (the root we made up).
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        var root = Assert.Single(spans, s => !ids.Contains(s.ParentSpanId));
        Assert.Equal("api", root.Service);
        Assert.Equal(request.Headers.GetValues("traceparent").Single().Split('-')[2], root.ParentSpanId);
        Assert.DoesNotContain(spans, s => s.Attributes.Values.Any(v => v.Contains("Bearer", StringComparison.Ordinal)));
    }

    private async Task<IReadOnlyList<CollectedSpan>> WaitForSpansAsync(string traceId, params Func<CollectedSpan, bool>[] expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var spans = fixture.Traces.Spans.Where(s => s.TraceId == traceId).ToList();
            if (expected.All(spans.Any) || DateTime.UtcNow > deadline)
            {
                return spans;
            }

            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task The_services_export_the_job_and_queue_metrics_the_dashboard_shows()
    {
        using var client = fixture.CreateApiClient("metrics-user");
        var accepted = await client.SubmitAsync(Png, "metrics.png");
        await client.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);
        (string Service, string Metric)[] expected =
        [
            ("api", "ocr.jobs.submitted"), ("api", "ocr.queue.depth"), ("api", "ocr.queue.pending"), ("api", "ocr.queue.oldest_wait"),
            ("api", "ocr.deadletter.length"), ("api", "ocr.outbox.backlog"), ("api", "ocr.workers.alive"), ("api", "ocr.engines.busy"),
            ("worker", "ocr.jobs.completed"), ("worker", "ocr.job.processing_time"), ("worker", "ocr.job.queue_wait"),
        ];

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (expected.Except(fixture.Traces.Metrics).Any() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Empty(expected.Except(fixture.Traces.Metrics));
    }

    [Fact]
    public async Task Queue_stats_show_the_streams_a_live_worker_and_the_callers_own_counts()
    {
        using var client = fixture.CreateApiClient("stats-user");
        var accepted = await client.SubmitAsync(Png, "stats.png");
        await client.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);

        var stats = await client.GetFromJsonAsync<JsonElement>("/api/ocr-async/queue-stats");

        Assert.Equal(["high", "normal", "low", "ai"], stats.GetProperty("streams").EnumerateArray().Select(s => s.GetProperty("priority").GetString()));
        Assert.True(stats.GetProperty("workers_alive").GetInt32() >= 1);
        Assert.Equal(1, stats.GetProperty("my_jobs").GetProperty("completed").GetInt32());
        Assert.False(stats.TryGetProperty("workers", out _)); // The worker list is for admins only.
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_without_a_token()
    {
        using var anonymous = fixture.CreateApiClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "process-async", "process-bulk", "status/{ocr_result_id}", "batch/{batch_id}", "cancel/{task_id}", "queue-stats" })
        {
            Assert.Contains($"/api/ocr-async/{path}", paths);
        }

        Assert.Contains("/api/templates/{template_id}", paths);

        // The upload's form fields and examples of its answers are described, not just "some body".
        var upload = document.GetProperty("paths").GetProperty("/api/ocr-async/process-async").GetProperty("post");
        var form = upload.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("binary", form.GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.Equal(["low", "normal", "high"], form.GetProperty("properties").GetProperty("priority").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.True(form.GetProperty("properties").TryGetProperty("template_id", out _));
        var accepted = upload.GetProperty("responses").GetProperty("202").GetProperty("content").GetProperty("application/json");
        Assert.Equal("queued", accepted.GetProperty("example").GetProperty("status").GetString());
        foreach (var status in new[] { "400", "413", "415", "429" })
        {
            var problem = upload.GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty("application/problem+json");
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("example").GetProperty("detail").GetString()));
        }

        using var scalar = await anonymous.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }
}

using StackExchange.Redis;
using Xunit.Abstractions;

namespace OcrAsync.Tests.EndToEnd.Faults;

/// <summary>
/// Redis and Postgres frozen (SIGSTOP: connections stay open, nothing answers) while uploads arrive, as in a cloud
/// failover; then thawed. No process may exit, no stored job may be answered 500, every accepted job runs exactly once.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class FaultInjectionTests(FaultFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan CompletionAfterThaw = TimeSpan.FromMinutes(1);

    [Fact]
    public void Right_after_start_an_upload_is_queued_for_the_starting_worker_not_processed_by_the_api()
    {
        output.WriteLine($"first upload: {(int)fixture.FirstUpload.Status}, processed by {fixture.FirstUpload.ProcessedBy ?? "-"}, worker healthy then: {fixture.WorkerWasHealthyAtFirstUpload}");
        Assert.Equal(HttpStatusCode.Accepted, fixture.FirstUpload.Status);
        Assert.Null(fixture.FirstUpload.ProcessedBy);
    }

    [Fact]
    public async Task Redis_frozen_20_s_during_20_uploads_every_upload_is_answered_fast_and_every_job_runs_once_after_the_thaw()
    {
        var user = $"redis-freeze-{Guid.NewGuid():N}";
        using var client = fixture.CreateApiClient(user);
        var files = Enumerable.Range(1, 20).Select(i => ($"redis-{i}.png", Invoice("RF", i))).ToList();
        var processes = ServiceProcesses();
        // A system in use, as the probe found it: this user's first upload (first-use paths, per-user state) comes before
        // the freeze, so the latencies below are the stall's, not a cold start's.
        var warm = await TimedUpload.SendAsync(client, Invoice("RF", 0), "redis-0.png");
        Assert.Equal(HttpStatusCode.Accepted, warm.Status);
        // A dashboard polling the queue: Redis answers, so the figures are fresh.
        Assert.False((await QueueStatsAsync(client)).GetProperty("queue_stale").GetBoolean());

        var uploads = new List<Task<TimedUpload>>();
        Task<(JsonElement Stats, TimeSpan Latency)>? statsWhileFrozen = null;
        var frozenFor = TimeSpan.FromSeconds(20);
        var frozenAt = Stopwatch.GetTimestamp();
        var frozenAtUtc = DateTimeOffset.UtcNow;
        using (fixture.Freeze(ResourceNames.Redis))
        {
            foreach (var (name, png) in files)
            {
                uploads.Add(TimedUpload.SendAsync(client, png, name));
                if (uploads.Count == files.Count / 2)
                {
                    // Well into the freeze: StackExchange.Redis has commands waiting on its own 5 s timeout by now.
                    statsWhileFrozen = TimedQueueStatsAsync(client);
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            var left = frozenFor - Stopwatch.GetElapsedTime(frozenAt);
            await Task.WhenAny(Task.WhenAll(uploads), Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero));
            AssertAlive(processes, "while Redis was frozen");
            if (Stopwatch.GetElapsedTime(frozenAt) < frozenFor)
            {
                await Task.Delay(frozenFor - Stopwatch.GetElapsedTime(frozenAt));
            }
        }

        var thawedAt = Stopwatch.GetTimestamp();
        var answers = await Task.WhenAll(uploads);
        Report("Redis frozen 20 s", answers);
        var (frozenStats, statsLatency) = await statsWhileFrozen!;
        output.WriteLine($"queue-stats while frozen: {statsLatency.TotalMilliseconds:F0} ms, queue_stale {frozenStats.GetProperty("queue_stale")}, queue_read_at {(frozenStats.TryGetProperty("queue_read_at", out var readAt) ? readAt : "-")}");

        await AssertEveryAcceptedJobRunsOnceAndNothingElseIsStoredAsync(client, [warm, .. answers], thawedAt);
        // The warm-up job's OCR shares this machine's cores with the first uploads of the freeze: when did it run?
        var warmJob = await client.GetStatusAsync(warm.OcrResultId!);
        output.WriteLine($"Redis frozen at {frozenAtUtc:HH:mm:ss.fff}; warm-up job ran {warmJob.GetProperty("started_at")} to {warmJob.GetProperty("completed_at")}");
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Accepted, HttpStatusCode.ServiceUnavailable }));
        // The issue's target: accept p99 < 1 s (with 20 uploads, the slowest) in the API, and every answer < 2 s as
        // this client sees it (before the stalled-Redis work: 10.5 s or a 500). No upload waits for its publish, the
        // first of the freeze included. The target is the API's own time (Server-Timing): on a CI host running every
        // collection at once, this test process's own scheduling can add a second to what it measures.
        Assert.All(answers, a => Assert.True(a.Latency < TimeSpan.FromSeconds(2), $"answered too slowly while Redis was frozen: {a.Describe()}"));
        var accepted = answers.Where(a => a.Status == HttpStatusCode.Accepted).ToList();
        Assert.All(accepted, a => Assert.True(a.ServerTotal is not null, $"no Server-Timing total: {a.Describe()}"));
        Assert.True(accepted.Count == 0 || TimedUpload.Percentile(accepted, 99, a => a.ServerTotal!.Value) < 1000,
            $"accept p99 in the API {TimedUpload.Percentile(accepted, 99, a => a.ServerTotal!.Value):F0} ms while Redis was frozen; slowest {accepted.MaxBy(a => a.ServerTotal)!.Describe()}");
        // Queue figures wait on Redis no longer than an upload does (not StackExchange.Redis's 5 s): the known ones,
        // marked stale. The bound is the per-upload one above: this one request shares the frozen seconds' load too.
        Assert.True(statsLatency < TimeSpan.FromSeconds(2), $"queue-stats took {statsLatency.TotalMilliseconds:F0} ms while Redis was frozen");
        Assert.True(frozenStats.GetProperty("queue_stale").GetBoolean());
        Assert.Equal(JsonValueKind.String, frozenStats.GetProperty("queue_read_at").ValueKind);
        AssertAlive(processes, "after Redis was thawed");
        await WaitHealthyAsync();
        Assert.False((await QueueStatsAsync(client)).GetProperty("queue_stale").GetBoolean());
    }

    [Fact]
    public async Task Postgres_frozen_10_s_uploads_get_503_with_retry_after_or_202_in_bounded_time_and_health_answers()
    {
        var user = $"pg-freeze-{Guid.NewGuid():N}";
        using var client = fixture.CreateApiClient(user);
        using var health = fixture.App.CreateHttpClient(ResourceNames.Api);
        health.Timeout = TimeSpan.FromSeconds(30);
        var files = Enumerable.Range(1, 10).Select(i => ($"pg-{i}.png", Invoice("PF", i))).ToList();
        var processes = ServiceProcesses();

        var uploads = new List<Task<TimedUpload>>();
        var frozenFor = TimeSpan.FromSeconds(10);
        var frozenAt = Stopwatch.GetTimestamp();
        (HttpStatusCode Status, TimeSpan Latency) healthAnswer;
        using (fixture.Freeze(ResourceNames.Postgres))
        {
            var healthCheck = TimeAsync(() => health.GetAsync("/health"));
            foreach (var (name, png) in files)
            {
                uploads.Add(TimedUpload.SendAsync(client, png, name));
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            healthAnswer = await healthCheck.WaitAsync(TimeSpan.FromSeconds(1));
            AssertAlive(processes, "while Postgres was frozen");
        }

        var thawedAt = Stopwatch.GetTimestamp();
        var answers = await Task.WhenAll(uploads);
        Report("Postgres frozen 10 s", answers);
        output.WriteLine($"/health while frozen: {(int)healthAnswer.Status} after {healthAnswer.Latency.TotalMilliseconds:F0} ms");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthAnswer.Status);
        Assert.True(healthAnswer.Latency < TimeSpan.FromSeconds(8), $"/health took {healthAnswer.Latency.TotalSeconds:F1} s");
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Accepted, HttpStatusCode.ServiceUnavailable }));
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), a => Assert.NotNull(a.RetryAfter));
        // Quota check and insert each wait at most Accept:DatabaseTimeout (5 s).
        Assert.All(answers, a => Assert.True(a.Latency < TimeSpan.FromSeconds(11), $"{a.FileName} answered {(int)a.Status} after {a.Latency.TotalSeconds:F1} s"));
        Assert.Contains(answers, a => a.Status == HttpStatusCode.ServiceUnavailable);
        await AssertEveryAcceptedJobRunsOnceAndNothingElseIsStoredAsync(client, answers, thawedAt);
        AssertAlive(processes, "after Postgres was thawed");
        await WaitHealthyAsync();
    }

    [Fact]
    public async Task A_worker_and_a_consumer_silent_longer_than_the_timeout_leave_queue_stats_and_the_consumer_group()
    {
        const string GhostWorker = "ghost-of-an-earlier-run";
        const string GhostConsumer = "ghost-consumer";
        var lowStream = OcrStreams.ForPriority(Core.Jobs.JobPriority.Low);
        await using var redis = await ConnectionMultiplexer.ConnectAsync((await fixture.App.GetConnectionStringAsync(ResourceNames.Redis))!);
        var database = redis.GetDatabase();
        var ghost = new WorkerStatus(GhostWorker, 2, 0, DateTimeOffset.UtcNow.AddHours(-1));
        await database.HashSetAsync(OcrStreams.WorkersKey, ghost.Name, ghost.ToJson());
        await database.ExecuteAsync("XGROUP", "CREATECONSUMER", lowStream, OcrStreams.ConsumerGroup, GhostConsumer);
        async Task<bool> GhostConsumerExistsAsync() =>
            (await database.StreamConsumerInfoAsync(lowStream, OcrStreams.ConsumerGroup)).Any(c => c.Name == GhostConsumer);
        Assert.True(await GhostConsumerExistsAsync());

        using var admin = fixture.CreateApiClient("stats-admin", roles: ["admin"]);
        var deadline = DateTime.UtcNow + FaultFixture.ForgetAfter + TimeSpan.FromSeconds(30);
        JsonElement stats;
        bool consumerLeft;
        do
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            stats = await QueueStatsAsync(admin);
            consumerLeft = !await GhostConsumerExistsAsync();
        }
        while ((!consumerLeft || WorkerNames(stats).Contains(GhostWorker)) && DateTime.UtcNow < deadline);

        output.WriteLine(stats.GetProperty("workers").ToString());
        Assert.True(consumerLeft, "the idle consumer is still in the group");
        Assert.DoesNotContain(GhostWorker, WorkerNames(stats));
        // The living worker stays, and says it is ready.
        var living = Assert.Single(stats.GetProperty("workers").EnumerateArray());
        Assert.Equal("ready", living.GetProperty("state").GetString());
    }

    private static List<string?> WorkerNames(JsonElement stats) =>
        stats.GetProperty("workers").EnumerateArray().Select(w => w.GetProperty("name").GetString()).ToList();

    private static async Task<(JsonElement Stats, TimeSpan Latency)> TimedQueueStatsAsync(HttpClient client)
    {
        var started = Stopwatch.GetTimestamp();
        var stats = await QueueStatsAsync(client);
        return (stats, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<JsonElement> QueueStatsAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/api/ocr-async/queue-stats");

    private async Task AssertEveryAcceptedJobRunsOnceAndNothingElseIsStoredAsync(HttpClient client, TimedUpload[] answers, long thawedAt)
    {
        var accepted = answers.Where(a => a.Status == HttpStatusCode.Accepted).ToList();
        foreach (var upload in accepted)
        {
            var left = CompletionAfterThaw - Stopwatch.GetElapsedTime(thawedAt);
            var status = await client.WaitForFinalStatusAsync(upload.OcrResultId!, left > TimeSpan.Zero ? left : TimeSpan.Zero);
            Assert.Equal("completed", status.GetProperty("status").GetString());
            // Every claim of a job counts an attempt: one attempt means it ran once, however often it was published.
            var attempts = status.GetProperty("attempts").GetInt32();
            Assert.True(attempts == 1, $"{upload.FileName} was claimed {attempts} times ({status})");
        }

        output.WriteLine($"all {accepted.Count} accepted job(s) completed {Stopwatch.GetElapsedTime(thawedAt).TotalSeconds:F1} s after the thaw");
        var recent = await client.GetFromJsonAsync<JsonElement>("/api/ocr-async/recent?limit=50");
        var stored = recent.EnumerateArray().Select(j => j.GetProperty("file_name").GetString()!).Order().ToList();
        Assert.Equal(accepted.Select(a => a.FileName).Order().ToList(), stored);
    }

    private void Report(string what, TimedUpload[] answers)
    {
        output.WriteLine($"{what}: {answers.Count(a => a.Status == HttpStatusCode.Accepted)} x 202, "
            + $"{answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable)} x 503, "
            + $"{answers.Count(a => a.Status is not HttpStatusCode.Accepted and not HttpStatusCode.ServiceUnavailable)} other; "
            + $"accept p50 {TimedUpload.Percentile(answers, 50):F0} ms, p99 {TimedUpload.Percentile(answers, 99):F0} ms, max {answers.Max(a => a.Latency.TotalMilliseconds):F0} ms; "
            + $"in the API max {answers.Max(a => a.ServerTotal?.TotalMilliseconds ?? 0):F0} ms");
        foreach (var answer in answers)
        {
            output.WriteLine($"  {answer.Describe()}");
        }
    }

    private Dictionary<string, int> ServiceProcesses() =>
        new[] { ResourceNames.Api, ResourceNames.Worker }.ToDictionary(r => r, fixture.ProcessId);

    private void AssertAlive(Dictionary<string, int> processes, string when)
    {
        foreach (var (resource, pid) in processes)
        {
            Assert.Equal(pid, fixture.ProcessId(resource));
            using var process = Process.GetProcessById(pid);
            Assert.False(process.HasExited, $"{resource} exited {when}");
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var api = fixture.App.CreateHttpClient(ResourceNames.Api);
        using var worker = fixture.App.CreateHttpClient(ResourceNames.Worker);
        await api.WaitForHealthAsync("Healthy");
        await worker.WaitForHealthAsync("Healthy");
    }

    private static async Task<(HttpStatusCode, TimeSpan)> TimeAsync(Func<Task<HttpResponseMessage>> request)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await request();
        return (response.StatusCode, Stopwatch.GetElapsedTime(started));
    }

    private static byte[] Invoice(string prefix, int i) => InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Frozen Supplies", $"{prefix}-{i}", "2024-05-05", [new PrintedLineItem("Item", i, 3m)]), dpi: 100);
}

using Npgsql;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace OcrAsync.Tests.EndToEnd.ScaleOut;

/// <summary>
/// Scale-out on one box: uploads through two API instances, pages/s with one, two and three worker processes, then a
/// worker killed mid-load: every job completes, and each completes once. Prints the figures docs/capacity.md uses.
/// </summary>
public sealed class WorkerScaleOutTests(ScaleOutFixture fixture, ITestOutputHelper output) : IClassFixture<ScaleOutFixture>
{
    private const int JobsPerRound = 6;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private static readonly string[] Apis = [ResourceNames.Api, ScaleOutFixture.SecondApi];

    [Fact]
    public async Task Jobs_through_two_apis_complete_once_each_with_one_two_and_three_workers_and_after_one_is_killed()
    {
        var rates = new List<double> { await RoundAsync("one", JobsPerRound) };
        await fixture.StartWorkerAsync(ScaleOutFixture.Workers[1]);
        rates.Add(await RoundAsync("two", JobsPerRound));
        await fixture.StartWorkerAsync(ScaleOutFixture.Workers[2]);
        rates.Add(await RoundAsync("three", JobsPerRound));
        output.WriteLine(
            $"RESULT scale-out cores={Environment.ProcessorCount} load={File.ReadAllText("/proc/loadavg").Split(' ')[0]} " +
            $"pps_1={rates[0]:F2} pps_2={rates[1]:F2} pps_3={rates[2]:F2} (1 engine per worker, {JobsPerRound} one-page jobs per round)");

        // Three workers busy, then the first one dies with a job in hand. Three-page jobs: one-page jobs on three workers
        // can all be done before a poll sees every worker holding one.
        var rate = await RoundAsync("kill", JobsPerRound + 3, pagesPerJob: 3, killWorkerMidRound: true);
        output.WriteLine($"RESULT scale-out-kill pps={rate:F2} (2 workers left after the kill, 3-page jobs)");

        await PrintStoredSizesAsync();
    }

    private static async Task WaitUntilProcessingAsync(HttpClient client, IReadOnlyList<string> ids, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var (processing, waiting) = (0, 0);
            foreach (var id in ids)
            {
                var status = (await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{id}")).GetProperty("status").GetString();
                processing += status == "processing" ? 1 : 0;
                waiting += status == "queued" ? 1 : 0;
            }

            if (processing >= count)
            {
                return;
            }

            Assert.True(processing + waiting > 0, $"every job finished before {count} were seen processing at once");
        }

        Assert.Fail($"{count} jobs were never seen processing at once");
    }

    /// <summary>Submits one-page invoices alternately through both APIs, waits for all, checks each completed once; pages/s.</summary>
    private async Task<double> RoundAsync(string round, int jobs, int pagesPerJob = 1, bool killWorkerMidRound = false)
    {
        var user = $"scale-{round}-{Guid.NewGuid():N}"[..24];
        await using var hubA = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(user, Apis[0]));
        await using var hubB = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(user, Apis[1]));
        var clients = Apis.Select(api => fixture.CreateApiClient(user, api)).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            var ids = new List<string>();
            for (var i = 0; i < jobs; i++)
            {
                var pages = Enumerable.Range(1, pagesPerJob).Select(page => InvoiceImageRenderer.RenderPng(
                    InvoiceSpec.Create("Scale Out Ltd", $"SO-{round}-{i}-{page}", "2024-05-01", [new PrintedLineItem("Widgets", i + 1, 12.50m)]))).ToList();
                ids.Add(pagesPerJob == 1
                    ? await SubmitAsync(clients[i % 2], pages[0], $"{round}-{i}.png")
                    : await SubmitAsync(clients[i % 2], ScannedPdf.FromPages(pages), $"{round}-{i}.pdf"));
            }

            if (killWorkerMidRound)
            {
                await hubA.WaitForAsync(n => n.GetProperty("type").GetString() == "ocr_completed", Patience);
                // Right after a completion the worker that finished holds no job until it claims the next one (~0.3 s):
                // kill only at an instant when every worker is seen processing one, so the killed one has a job in hand.
                await WaitUntilProcessingAsync(clients[0], ids, ScaleOutFixture.Workers.Count);
                fixture.KillResource(ScaleOutFixture.Workers[0]);
            }

            var statuses = new List<JsonElement>();
            foreach (var id in ids)
            {
                statuses.Add(await clients[0].WaitForFinalStatusAsync(id, Patience));
            }

            var seconds = clock.Elapsed.TotalSeconds;
            Assert.All(statuses, s => Assert.Equal("completed", s.GetProperty("status").GetString()));
            if (killWorkerMidRound)
            {
                // Every worker was busy when one died (jobs were still queued): its job ran again elsewhere.
                Assert.Contains(statuses, s => s.GetProperty("attempts").GetInt32() == 2);
            }

            foreach (var hub in new[] { hubA, hubB })
            {
                foreach (var id in ids)
                {
                    await hub.WaitForAsync("ocr_completed", id, Patience);
                }
            }

            // A repeated run would notify again: give a late duplicate time to arrive, then count.
            await Task.Delay(TimeSpan.FromSeconds(2));
            foreach (var hub in new[] { hubA, hubB })
            {
                Assert.All(ids, id => Assert.Single(hub.About(id), n => n.GetProperty("type").GetString() == "ocr_completed"));
            }

            output.WriteLine($"round {round}: {jobs} jobs in {seconds:F1} s, attempts {string.Join(",", statuses.Select(s => s.GetProperty("attempts").GetInt32()))}");
            return jobs * pagesPerJob / seconds;
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>
    /// Submits as a client should: a 503 (the database slower than the accept deadline, as on this shared machine under
    /// load) is retried after its Retry-After; any other answer than 202 fails the test.
    /// </summary>
    private static async Task<string> SubmitAsync(HttpClient client, byte[] file, string fileName)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(file, fileName, ("reuse", "false")));
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && attempt < 10)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ocr_result_id").GetString()!;
        }
    }

    /// <summary>What one job costs the stores, measured on the jobs above (for docs/capacity.md).</summary>
    private async Task PrintStoredSizesAsync()
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync(ResourceNames.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*),
                   avg(pg_column_size(j.*)),
                   avg(coalesce(pg_column_size(j."ExtractedText"), 0) + coalesce(pg_column_size(j."ExtractedDataJson"), 0)),
                   avg(pg_column_size(f."Content")),
                   avg(pg_column_size(p."PagesJson")),
                   pg_total_relation_size('ocr_jobs') / count(*),
                   pg_total_relation_size('ocr_job_pages') / count(*)
            FROM ocr_jobs j JOIN ocr_job_files f ON f."JobId" = j."Id" LEFT JOIN ocr_job_pages p ON p."JobId" = j."Id"
            WHERE j."FileName" LIKE '%.png'
            """,
            connection);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            output.WriteLine(
                $"RESULT sizes jobs={reader.GetInt64(0)} job_row_bytes={reader.GetDecimal(1):F0} result_bytes={reader.GetDecimal(2):F0} " +
                $"file_bytes={reader.GetDecimal(3):F0} pages_json_bytes={reader.GetDecimal(4):F0} " +
                $"ocr_jobs_with_indexes_per_job={reader.GetInt64(5)} ocr_job_pages_per_job={reader.GetInt64(6)}");
        }

        // A stream entry as the API writes it, 1 000 of them in a scratch stream.
        await using var redis = await ConnectionMultiplexer.ConnectAsync(await fixture.App.GetConnectionStringAsync(ResourceNames.Redis) ?? string.Empty);
        var db = redis.GetDatabase();
        var scratch = $"scratch:{Guid.NewGuid():N}";
        for (var i = 0; i < 1000; i++)
        {
            var entry = new OcrJobStreamEntry(Guid.NewGuid(), DateTimeOffset.UtcNow, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            await db.StreamAddAsync(scratch, entry.ToFields());
        }

        var bytes = (long)await db.ExecuteAsync("MEMORY", "USAGE", scratch, "SAMPLES", "0");
        await db.KeyDeleteAsync(scratch);
        output.WriteLine($"RESULT sizes stream_entry_bytes={bytes / 1000.0:F0}");
    }
}

using OcrAsync.Core.Jobs.Files;

namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// <c>calls --api-pid PID [--calls 1000] [--users 50]</c>: the API's own CPU time per status GET and per submit, read
/// from /proc around <c>--calls</c> sequential calls of each (after 100 warm-up calls; the status GET in two rounds), with telemetry as the running
/// system has it. Submits post a small blank page (400 x 200 PNG, quick to OCR) with reuse=false, spread over users so the per-user limits never
/// answer instead; their CPU includes the bytes' storage, which the 5 ms excludes: the CPU of the directory store's
/// disk threads is reported apart (with the Postgres store, run with Storage__Provider=Postgres, the file's insert stays in).
/// </summary>
internal static class ApiCallCostBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var pid = arguments.Int("api-pid", 0);
        var calls = arguments.Int("calls", 1000);
        var tokens = arguments.Tokens(arguments.Int("users", 50));
        var page = BlankPage();
        using var http = OcrApiClient.CreateHttpClient(arguments.ApiBase(), tokens[0]);
        var api = new OcrApiClient(http);

        var job = await api.SubmitAsync(page, "status-target.png", tokens[0], cancellationToken);
        var id = job.JobId ?? throw new InvalidOperationException($"The first submit answered {(int)job.Status}.");
        for (var i = 0; i < 100; i++)
        {
            await api.StatusAsync(id, tokens[0], cancellationToken);
        }

        while (!(await api.StatusAsync(id, tokens[0], cancellationToken)).IsFinished)
        {
            await Task.Delay(200, cancellationToken);
        }

        var statusCpu = await StatusRoundCpuAsync(api, id, tokens[0], pid, calls, cancellationToken);

        // The same calls once more: the first round of a freshly started API still pays for the runtime recompiling
        // its hot methods (tiering), which this one shows apart from the steady per-call cost.
        var secondStatusCpu = await StatusRoundCpuAsync(api, id, tokens[0], pid, calls, cancellationToken);

        for (var i = 0; i < 100; i++)
        {
            await api.SubmitAsync(page, "warm-up.png", tokens[1 + (i % (tokens.Count - 1))], cancellationToken);
        }

        var before = ProcessCpu.Of(pid);
        var storeBefore = ProcessCpu.OfThreads(pid, DiskThread.NamePrefix);
        var refused = 0;
        for (var i = 0; i < calls; i++)
        {
            var outcome = await api.SubmitAsync(page, $"submit-{i}.png", tokens[i % tokens.Count], cancellationToken);
            refused += outcome.Status == HttpStatusCode.Accepted ? 0 : 1;
        }

        var submitCpu = ProcessCpu.Of(pid) - before;
        var storeCpu = ProcessCpu.OfThreads(pid, DiskThread.NamePrefix) - storeBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT calls n={calls} status_get_cpu_ms={statusCpu.TotalMilliseconds / calls:F3} status_get_again_cpu_ms={secondStatusCpu.TotalMilliseconds / calls:F3} submit_cpu_ms={submitCpu.TotalMilliseconds / calls:F3} submit_store_threads_cpu_ms={storeCpu.TotalMilliseconds / calls:F3} submit_without_store_threads_cpu_ms={(submitCpu - storeCpu).TotalMilliseconds / calls:F3} submit_bytes={page.Length} refused={refused}"));
        return refused == 0 ? 0 : 1;
    }

    private static async Task<TimeSpan> StatusRoundCpuAsync(
        OcrApiClient api, Guid id, string? token, int pid, int calls, CancellationToken cancellationToken)
    {
        var before = ProcessCpu.Of(pid);
        for (var i = 0; i < calls; i++)
        {
            await api.StatusAsync(id, token, cancellationToken);
        }

        return ProcessCpu.Of(pid) - before;
    }

    private static byte[] BlankPage()
    {
        using var bitmap = new SKBitmap(400, 200);
        bitmap.Erase(SKColors.White);
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}

using System.Collections.Concurrent;

namespace OcrAsync.Benchmarks.Performance;

/// <summary>The `tesseract` command line on page files, <c>parallelism</c> processes at a time (like <c>xargs -P</c>).</summary>
internal static class CliBaseline
{
    public static async Task<RunTiming> RunAsync(IReadOnlyList<string> files, string languages, int parallelism, CancellationToken cancellationToken)
    {
        var perPage = new ConcurrentBag<double>();
        var characters = 0L;
        using var slots = new SemaphoreSlim(parallelism);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(files.Select(async file =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                var page = Stopwatch.StartNew();
                var text = await RecognizeAsync(file, languages, cancellationToken);
                perPage.Add(page.Elapsed.TotalMilliseconds);
                Interlocked.Add(ref characters, text.Length);
            }
            finally
            {
                slots.Release();
            }
        }));
        return new RunTiming(files.Count, wall.Elapsed, new Percentiles(perPage), characters);
    }

    private static async Task<string> RecognizeAsync(string file, string languages, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("tesseract") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { file, "stdout", "-l", languages, "--dpi", "300" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("tesseract did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tesseract exited with {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }
}

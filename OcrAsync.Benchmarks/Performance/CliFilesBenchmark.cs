namespace OcrAsync.Benchmarks.Performance;

/// <summary><c>cli --files-dir DIR [--engines 2] [--lang eng+vie]</c>: the `tesseract` CLI alone on page files, N processes at a time.</summary>
internal static class CliFilesBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(arguments.String("files-dir", ".")).Where(MixedPages.IsPage).Order(StringComparer.Ordinal).ToList();
        var parallelism = arguments.Int("engines", 2);
        var childCpu = ChildCpuSeconds();
        var timing = await CliBaseline.RunAsync(files, arguments.String("lang", "eng+vie"), parallelism, cancellationToken);
        // CPU of the tesseract processes (reaped children), robust to other work on the machine where wall time is not.
        var cpuPerPage = 1000 * (ChildCpuSeconds() - childCpu) / files.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT cli files={files.Count} n={parallelism} wall_s={timing.Wall.TotalSeconds:F2} cli_pps={timing.PagesPerSecond:F3} cpu_ms_per_page={cpuPerPage:F0}"));
        return 0;
    }

    /// <summary>User + system CPU of this process's waited-for children (cutime + cstime of /proc/self/stat), in seconds.</summary>
    private static double ChildCpuSeconds()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields after the command name start at field 3 (state); cutime and cstime are fields 16 and 17.
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / 100.0;
    }
}

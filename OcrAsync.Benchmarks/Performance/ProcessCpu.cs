namespace OcrAsync.Benchmarks.Performance;

/// <summary>CPU time a process has used so far (user + system, from /proc/PID/stat), robust to other load on the machine.</summary>
internal static class ProcessCpu
{
    /// <summary>Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int pid) => TimeOf(File.ReadAllText($"/proc/{pid}/stat"));

    public static TimeSpan Of(IEnumerable<int> pids) => pids.Aggregate(TimeSpan.Zero, (sum, pid) => sum + Of(pid));

    /// <summary>CPU time of the process's threads whose name starts with <paramref name="namePrefix"/> (/proc/PID/task/TID/comm).</summary>
    public static TimeSpan OfThreads(int pid, string namePrefix)
    {
        var total = TimeSpan.Zero;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(namePrefix, StringComparison.Ordinal))
                {
                    total += TimeOf(File.ReadAllText(Path.Combine(task, "stat")));
                }
            }
            catch (IOException)
            {
                // The thread ended between the listing and the read: it no longer counts.
            }
        }

        return total;
    }

    private static TimeSpan TimeOf(string stat)
    {
        // Fields after the command name (which may hold spaces) in parentheses: utime and stime are fields 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OcrAsync.Core.Telemetry;

/// <summary>TEMPORARY: step timings of one request, for the Redis-freeze investigation.</summary>
public static class AcceptTrace
{
    private static readonly AsyncLocal<Steps?> Current = new();
    private static readonly Lazy<Thread> Watchdog = new(StartWatchdog);
    private static long _maxPoolLagTicks;
    private static long _sleepOverrunTicks;

    public static Steps Start()
    {
        _ = Watchdog.Value;
        var steps = new Steps();
        Current.Value = steps;
        steps.Mark("start");
        return steps;
    }

    public static void Mark(string step) => Current.Value?.Mark(step);

    private static Thread StartWatchdog()
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                var queued = Stopwatch.GetTimestamp();
                using var ran = new ManualResetEventSlim();
                ThreadPool.UnsafeQueueUserWorkItem(_ =>
                {
                    var lag = Stopwatch.GetTimestamp() - queued;
                    InterlockedMax(ref _maxPoolLagTicks, lag);
                    ran.Set();
                }, null);
                var before = Stopwatch.GetTimestamp();
                Thread.Sleep(50);
                InterlockedMax(ref _sleepOverrunTicks, Stopwatch.GetTimestamp() - before - Stopwatch.Frequency / 20);
                ran.Wait();
            }
        }) { IsBackground = true, Name = "accept-trace-watchdog" };
        thread.Start();
        return thread;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
            seen = Interlocked.Read(ref target);
        }
    }

    private static double RunQueueWaitMs()
    {
        double total = 0;
        try
        {
            foreach (var task in Directory.GetDirectories("/proc/self/task"))
            {
                try
                {
                    var parts = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                    total += long.Parse(parts[1], CultureInfo.InvariantCulture) / 1e6;
                }
                catch (IOException)
                {
                }
            }
        }
        catch (IOException)
        {
        }

        return total;
    }

    public sealed class Steps
    {
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly StringBuilder _text = new();
        private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly double _runQueue = RunQueueWaitMs();
        private readonly TimeSpan _gc = GC.GetTotalPauseDuration();
        private readonly long _locks = Monitor.LockContentionCount;
        private readonly long _done = ThreadPool.CompletedWorkItemCount;

        public Steps()
        {
            Interlocked.Exchange(ref _maxPoolLagTicks, 0);
            Interlocked.Exchange(ref _sleepOverrunTicks, 0);
        }

        public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

        public void Mark(string step)
        {
            lock (_text)
            {
                _text.Append(CultureInfo.InvariantCulture,
                    $"{step}:{Stopwatch.GetElapsedTime(_started).TotalMilliseconds:F0}[t{ThreadPool.ThreadCount}/q{ThreadPool.PendingWorkItemCount}] ");
            }
        }

        public override string ToString()
        {
            lock (_text)
            {
                var lag = Interlocked.Read(ref _maxPoolLagTicks) * 1000.0 / Stopwatch.Frequency;
                var overrun = Interlocked.Read(ref _sleepOverrunTicks) * 1000.0 / Stopwatch.Frequency;
                return string.Create(CultureInfo.InvariantCulture,
                    $"at {StartedAt:HH:mm:ss.fff} {_text}| cpu+{(Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalMilliseconds:F0}ms runq+{RunQueueWaitMs() - _runQueue:F0}ms gc+{(GC.GetTotalPauseDuration() - _gc).TotalMilliseconds:F0}ms locks+{Monitor.LockContentionCount - _locks} pooldone+{ThreadPool.CompletedWorkItemCount - _done} poollag<={lag:F0}ms sleepoverrun<={overrun:F0}ms");
            }
        }
    }
}

using System.Runtime.InteropServices;

namespace OcrAsync.Tests.Generated;

/// <summary>CPU time of the calling thread (Linux clock_gettime), so a speed check holds on a machine shared with other builds.</summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan Now() =>
        ClockGetTime(ClockThreadCpuTimeId, out var time) == 0
            ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100))
            : throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

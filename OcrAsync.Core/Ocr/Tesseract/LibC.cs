using System.Runtime.InteropServices;

namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>The process environment as native code sees it; .NET keeps its own copy on Unix.</summary>
internal static partial class LibC
{
    static LibC() => NativeLibraries.EnsureRegistered();

    [LibraryImport(NativeLibraries.LibC, EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr GetEnv(string name);

    [LibraryImport(NativeLibraries.LibC, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport(NativeLibraries.LibC, EntryPoint = "gettid")]
    public static partial int GetThreadId();

    /// <summary>getpriority(2): the nice value of a thread (by its id) on Linux.</summary>
    [LibraryImport(NativeLibraries.LibC, EntryPoint = "getpriority", SetLastError = true)]
    public static partial int GetPriority(int which, int who);

    /// <summary>setpriority(2); on Linux <c>PRIO_PROCESS</c> with a thread id sets that one thread's nice value.</summary>
    [LibraryImport(NativeLibraries.LibC, EntryPoint = "setpriority", SetLastError = true)]
    public static partial int SetPriority(int which, int who, int niceValue);

    public const int PrioProcess = 0;

    /// <summary>open(2), the file descriptor or -1; <paramref name="mode"/> counts only when the call creates the file.</summary>
    [LibraryImport(NativeLibraries.LibC, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Open(string path, int flags, int mode = 0);

    [LibraryImport(NativeLibraries.LibC, EntryPoint = "fsync", SetLastError = true)]
    public static partial int FileSync(int descriptor);

    [LibraryImport(NativeLibraries.LibC, EntryPoint = "close")]
    public static partial int Close(int descriptor);

    /// <summary>setsid(2): a new session (and so a new scheduling autogroup) for the process; fails for a process group leader.</summary>
    [LibraryImport(NativeLibraries.LibC, EntryPoint = "setsid", SetLastError = true)]
    public static partial int SetSid();

    private const int ClockThreadCpuTime = 3;

    /// <summary>The CPU time the calling thread has used (user + system), or null where the clock is not Linux's.</summary>
    public static TimeSpan? ThreadCpuTime() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var time) == 0
            ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100))
            : null;

    [LibraryImport(NativeLibraries.LibC, EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>struct timespec on 64-bit Linux.</summary>
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

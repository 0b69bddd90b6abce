using System.Runtime.InteropServices;

namespace OcrAsync.Core.Ocr;

/// <summary>
/// Debian's libtesseract uses OpenMP; without <c>OMP_THREAD_LIMIT=1</c> a page takes ~5x longer on 2 cores.
/// libgomp reads the variable through libc when it loads, and <see cref="Environment.SetEnvironmentVariable(string, string)"/>
/// does not reach libc on Unix, so this checks and sets it with libc's getenv/setenv.
/// </summary>
public static class OpenMpEnvironment
{
    public const string ThreadLimitVariable = "OMP_THREAD_LIMIT";

    /// <summary>The value native code sees, or null when unset.</summary>
    public static string? GetThreadLimit() => GetNativeVariable(ThreadLimitVariable);

    public static bool IsThreadLimitSet => !string.IsNullOrWhiteSpace(GetThreadLimit());

    /// <summary>Only effective before libtesseract is first used (libgomp reads it at load). Not thread-safe: call at start-up.</summary>
    public static void SetThreadLimit(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        SetNativeVariable(ThreadLimitVariable, limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    internal static string? GetNativeVariable(string name) => Marshal.PtrToStringUTF8(LibC.GetEnv(name));

    internal static void SetNativeVariable(string name, string value)
    {
        if (LibC.SetEnv(name, value, overwrite: 1) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }
}

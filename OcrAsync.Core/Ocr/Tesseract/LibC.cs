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
}

using System.Runtime.InteropServices;

namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>The few Leptonica functions the engine needs.</summary>
internal static unsafe partial class Leptonica
{
    /// <summary>Leptonica's L_SEVERITY_NONE: no messages on stderr for bad input.</summary>
    public const int SeverityNone = 7;

    static Leptonica() => NativeLibraries.EnsureRegistered();

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixReadMem")]
    public static partial PixHandle PixReadMem(byte* data, nuint size);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixDestroy")]
    public static partial void PixDestroy(ref IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetWidth")]
    public static partial int PixGetWidth(PixHandle pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetHeight")]
    public static partial int PixGetHeight(PixHandle pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetXRes")]
    public static partial int PixGetXRes(PixHandle pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetYRes")]
    public static partial int PixGetYRes(PixHandle pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSetResolution")]
    public static partial int PixSetResolution(PixHandle pix, int xres, int yres);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "setMsgSeverity")]
    public static partial int SetMsgSeverity(int severity);
}

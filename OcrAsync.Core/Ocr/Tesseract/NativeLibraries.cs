using System.Reflection;
using System.Runtime.InteropServices;

namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>Maps the short library names used by the imports to the versioned sonames.</summary>
/// <remarks>Unversioned <c>.so</c> links exist only with the -dev packages, so production images lack them.</remarks>
internal static class NativeLibraries
{
    public const string Tesseract = "tesseract";
    public const string Leptonica = "lept";
    public const string LibC = "libc";

    private static readonly Dictionary<string, string[]> Candidates = new(StringComparer.Ordinal)
    {
        [Tesseract] = ["libtesseract.so.5", "libtesseract.so"],
        [Leptonica] = ["liblept.so.5", "libleptonica.so.6", "liblept.so"],
        [LibC] = ["libc.so.6"],
    };

    private static int _registered;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (!Candidates.TryGetValue(libraryName, out var names))
        {
            return IntPtr.Zero; // Not ours: default probing.
        }

        foreach (var name in names)
        {
            if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        throw new DllNotFoundException(
            $"Native library '{libraryName}' not found (tried {string.Join(", ", names)}). Install the tesseract-ocr and liblept packages.");
    }
}

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

    /// <summary>Leptonica's IFF_TIFF: uncompressed TIFF, which keeps the page's resolution.</summary>
    public const int FormatTiff = 4;

    /// <summary>Reads size and depth from the header only: no pixel data is decoded. Returns 0 on success.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixReadHeaderMem")]
    public static partial int PixReadHeaderMem(byte* data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    /// <summary>Decodes the TIFF page at <paramref name="offset"/> and advances it to the next page (0 after the last).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixReadMemFromMultipageTiff")]
    public static partial PixHandle PixReadMemFromMultipageTiff(byte* data, nuint size, ref nuint offset);

    /// <summary>Encodes a Pix; the buffer is allocated by Leptonica and released with <see cref="LeptFree"/>. Returns 0 on success.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixWriteMem")]
    public static partial int PixWriteMem(out IntPtr data, out nuint size, PixHandle pix, int format);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "lept_free")]
    public static partial void LeptFree(IntPtr data);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixScale")]
    public static partial PixHandle PixScale(PixHandle pix, float scaleX, float scaleY);

    /// <summary>Converts any depth to 8 bpp grey (colormaps removed when <paramref name="colormapFlag"/> is 0).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixConvertTo8")]
    public static partial PixHandle PixConvertTo8(PixHandle pix, int colormapFlag);

    /// <summary>A new handle on the same pixels (Leptonica counts the references): no copy.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixClone")]
    public static partial PixHandle PixClone(PixHandle pix);

    /// <summary>The image's colormap (a PIXCMAP*, owned by the image), or zero when it has none.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetColormap")]
    public static partial IntPtr PixGetColormap(PixHandle pix);

    /// <summary>
    /// <paramref name="pix"/> as 8 bpp grey to read (not to change): the same pixels when it already is (a scan or render
    /// decoded as grey; <see cref="PixConvertTo8"/> would copy a whole page for nothing), a converted copy otherwise.
    /// </summary>
    public static PixHandle Grey(PixHandle pix) =>
        PixGetDepth(pix) == 8 && PixGetColormap(pix) == IntPtr.Zero ? PixClone(pix) : PixConvertTo8(pix, 0);

    /// <summary>Median filter over a <paramref name="width"/> x <paramref name="height"/> window (not half-sizes); 8 or 32 bpp.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixMedianFilter")]
    public static partial PixHandle PixMedianFilter(PixHandle pix, int width, int height);

    /// <summary>A new 8 bpp image (<paramref name="destination"/> null) whose levels are 255 * x^(1/gamma), x = (level - min) / (max - min).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGammaTRC")]
    public static partial PixHandle PixGammaTRC(IntPtr destination, PixHandle pix, float gamma, int minValue, int maxValue);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetDepth")]
    public static partial int PixGetDepth(PixHandle pix);

    /// <summary>32-bit words per raster line.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetWpl")]
    public static partial int PixGetWpl(PixHandle pix);

    /// <summary>The raster, owned by the Pix (8 bpp: four pixels per word, in big-endian byte order inside each word).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetData")]
    public static partial uint* PixGetData(PixHandle pix);

    /// <summary>1 bpp image: pixels darker than <paramref name="threshold"/> become foreground.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixConvertTo1")]
    public static partial PixHandle PixConvertTo1(PixHandle pix, int threshold);

    /// <summary>Bounding boxes of the connected components of a 1 bpp image (a BOXA* to free with <see cref="BoxaDestroy"/>).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixConnCompBB")]
    public static partial IntPtr PixConnCompBB(PixHandle pix, int connectivity);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "boxaGetCount")]
    public static partial int BoxaGetCount(IntPtr boxa);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "boxaGetBoxGeometry")]
    public static partial int BoxaGetBoxGeometry(IntPtr boxa, int index, out int x, out int y, out int width, out int height);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "boxaDestroy")]
    public static partial void BoxaDestroy(ref IntPtr boxa);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "boxCreate")]
    public static partial IntPtr BoxCreate(int x, int y, int width, int height);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "boxDestroy")]
    public static partial void BoxDestroy(ref IntPtr box);

    /// <summary>A copy of the part of <paramref name="pix"/> inside <paramref name="box"/> (clipped to the image).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixClipRectangle")]
    public static partial PixHandle PixClipRectangle(PixHandle pix, IntPtr box, IntPtr boxClipped);
}

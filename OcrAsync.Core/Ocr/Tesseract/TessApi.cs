using System.Runtime.InteropServices;

namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>The subset of libtesseract's C API (capi.h) the engine uses.</summary>
/// <remarks>Returned <c>char*</c> are owned by Tesseract: read them as <see cref="IntPtr"/> and free with <see cref="DeleteText"/>.</remarks>
internal static unsafe partial class TessApi
{
    public const int OemLstmOnly = 1;
    public const int RilTextLine = 2;
    public const int RilWord = 3;

    static TessApi() => NativeLibraries.EnsureRegistered();

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessVersion")]
    public static partial IntPtr Version();

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessDeleteText")]
    public static partial void DeleteText(IntPtr text);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessDeleteTextArray")]
    public static partial void DeleteTextArray(IntPtr array);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIGetLoadedLanguagesAsVector")]
    public static partial IntPtr BaseApiGetLoadedLanguages(TessBaseApiHandle handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIGetAvailableLanguagesAsVector")]
    public static partial IntPtr BaseApiGetAvailableLanguages(TessBaseApiHandle handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPICreate")]
    public static partial TessBaseApiHandle BaseApiCreate();

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIDelete")]
    public static partial void BaseApiDelete(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIInit2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int BaseApiInit2(TessBaseApiHandle handle, string? dataPath, string language, int oem);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int BaseApiSetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetPageSegMode")]
    public static partial void BaseApiSetPageSegMode(TessBaseApiHandle handle, int mode);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetImage2")]
    public static partial void BaseApiSetImage2(TessBaseApiHandle handle, PixHandle pix);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIRecognize")]
    public static partial int BaseApiRecognize(TessBaseApiHandle handle, IntPtr monitor);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIGetUTF8Text")]
    public static partial IntPtr BaseApiGetUtf8Text(TessBaseApiHandle handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIMeanTextConf")]
    public static partial int BaseApiMeanTextConf(TessBaseApiHandle handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIGetIterator")]
    public static partial ResultIteratorHandle BaseApiGetIterator(TessBaseApiHandle handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIClear")]
    public static partial void BaseApiClear(TessBaseApiHandle handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessResultIteratorDelete")]
    public static partial void ResultIteratorDelete(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessResultIteratorGetPageIterator")]
    public static partial IntPtr ResultIteratorGetPageIterator(ResultIteratorHandle handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessResultIteratorGetUTF8Text")]
    public static partial IntPtr ResultIteratorGetUtf8Text(ResultIteratorHandle handle, int level);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessResultIteratorConfidence")]
    public static partial float ResultIteratorConfidence(ResultIteratorHandle handle, int level);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessResultIteratorNext")]
    public static partial int ResultIteratorNext(ResultIteratorHandle handle, int level);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessPageIteratorBoundingBox")]
    public static partial int PageIteratorBoundingBox(IntPtr pageIterator, int level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessPageIteratorIsAtBeginningOf")]
    public static partial int PageIteratorIsAtBeginningOf(IntPtr pageIterator, int level);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessMonitorCreate")]
    public static partial IntPtr MonitorCreate();

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessMonitorDelete")]
    public static partial void MonitorDelete(IntPtr monitor);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessMonitorSetCancelFunc")]
    public static partial void MonitorSetCancelFunc(IntPtr monitor, delegate* unmanaged[Cdecl]<IntPtr, int, byte> cancelFunc);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessMonitorSetCancelThis")]
    public static partial void MonitorSetCancelThis(IntPtr monitor, IntPtr cancelThis);

    /// <summary>Reads a NULL-terminated <c>char**</c> returned by Tesseract and frees it.</summary>
    public static List<string> TakeTextArray(IntPtr array)
    {
        var items = new List<string>();
        if (array == IntPtr.Zero)
        {
            return items;
        }

        try
        {
            for (var p = (IntPtr*)array; *p != IntPtr.Zero; p++)
            {
                items.Add(Marshal.PtrToStringUTF8(*p) ?? string.Empty);
            }

            return items;
        }
        finally
        {
            DeleteTextArray(array);
        }
    }

    /// <summary>Reads a native string returned by Tesseract and frees it.</summary>
    public static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return string.Empty;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text) ?? string.Empty;
        }
        finally
        {
            DeleteText(text);
        }
    }
}

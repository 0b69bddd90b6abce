using System.Runtime.InteropServices;

namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>Leptonica's skew finder and rotation, for <see cref="PageStraightening"/>.</summary>
internal static partial class Leptonica
{
    /// <summary>Leptonica's L_ROTATE_AREA_MAP: each pixel interpolated from the four it covers (smooth grey edges).</summary>
    public const int RotateAreaMap = 1;

    /// <summary>Leptonica's L_BRING_IN_WHITE: corners the rotation uncovers are white.</summary>
    public const int BringInWhite = 1;

    /// <summary>
    /// The skew of a 1 bpp page's text lines in degrees (rotating by it straightens the page) and Leptonica's confidence
    /// in it (0 when the best line-alignment score is too small to trust, otherwise best over worst score): a sweep of
    /// ±<paramref name="sweepRange"/> degrees in <paramref name="sweepDelta"/> steps on the page reduced
    /// <paramref name="sweepReduction"/> times, then a binary search to <paramref name="minSearchDelta"/> reduced
    /// <paramref name="searchReduction"/> times. Returns 0 on success.
    /// </summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixFindSkewSweepAndSearch")]
    public static partial int PixFindSkewSweepAndSearch(
        PixHandle pix, out float degrees, out float confidence, int sweepReduction, int searchReduction, float sweepRange, float sweepDelta, float minSearchDelta);

    /// <summary>The page rotated by <paramref name="radians"/> about its centre; <paramref name="width"/> and <paramref name="height"/> 0 keep its size.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixRotate")]
    public static partial PixHandle PixRotate(PixHandle pix, float radians, int type, int incolor, int width, int height);
}

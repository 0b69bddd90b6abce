namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>Reads what the preprocessing decisions need from an 8 bpp Pix.</summary>
internal static unsafe class PixStatistics
{
    /// <summary>Grey histogram of every second pixel of every second row: plenty for percentiles, a quarter of the reads.</summary>
    public static long[] Histogram(PixHandle grey)
    {
        var histogram = new long[256];
        var width = Leptonica.PixGetWidth(grey);
        var height = Leptonica.PixGetHeight(grey);
        var wpl = Leptonica.PixGetWpl(grey);
        var data = (byte*)Leptonica.PixGetData(grey);
        if (data is null || Leptonica.PixGetDepth(grey) != 8)
        {
            return histogram;
        }

        for (var y = 0; y < height; y += 2)
        {
            var row = data + ((long)y * wpl * 4);
            for (var x = 0; x < width; x += 2)
            {
                histogram[row[x ^ 3]]++; // Leptonica stores each 32-bit word's pixels big-endian.
            }
        }

        return histogram;
    }

    /// <summary>Sizes of the connected components (8-connected) of the pixels darker than <paramref name="threshold"/>.</summary>
    public static List<(int Width, int Height)> ComponentSizes(PixHandle grey, int threshold)
    {
        var sizes = new List<(int Width, int Height)>();
        using var binary = Leptonica.PixConvertTo1(grey, Math.Clamp(threshold, 1, 255));
        if (binary.IsInvalid)
        {
            return sizes;
        }

        var boxes = Leptonica.PixConnCompBB(binary, 8);
        if (boxes == IntPtr.Zero)
        {
            return sizes;
        }

        try
        {
            var count = Leptonica.BoxaGetCount(boxes);
            for (var i = 0; i < count; i++)
            {
                if (Leptonica.BoxaGetBoxGeometry(boxes, i, out _, out _, out var width, out var height) == 0)
                {
                    sizes.Add((width, height));
                }
            }

            return sizes;
        }
        finally
        {
            Leptonica.BoxaDestroy(ref boxes);
        }
    }

    /// <summary>A copy of the rectangle, clipped to the image; invalid when it lies outside.</summary>
    public static PixHandle Crop(PixHandle pix, BoundingBox box)
    {
        var native = Leptonica.BoxCreate(box.X, box.Y, box.Width, box.Height);
        try
        {
            return Leptonica.PixClipRectangle(pix, native, IntPtr.Zero);
        }
        finally
        {
            Leptonica.BoxDestroy(ref native);
        }
    }
}

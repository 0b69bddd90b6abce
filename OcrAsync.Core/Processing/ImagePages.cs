namespace OcrAsync.Core.Processing;

/// <summary>
/// Splits an image file into page images after checking every page's size from the headers: a single image stays as
/// it is; each page of a multi-page TIFF is decoded one at a time and re-encoded as uncompressed TIFF (keeps its dpi).
/// </summary>
internal static unsafe class ImagePages
{
    /// <summary>Checks the sizes now (before any decoding) and returns the page count and a lazy page sequence.</summary>
    public static (int Count, IEnumerable<ReadOnlyMemory<byte>> Pages) Split(ReadOnlyMemory<byte> content, DocumentType type, DocumentLimitsOptions limits)
    {
        if (type != DocumentType.Tiff)
        {
            var (width, height) = ReadHeader(content.Span);
            limits.CheckImageSize(width, height, "The image");
            return (1, [content]);
        }

        var pages = CheckTiff(content.Span, limits);
        return pages == 1 ? (1, [content]) : (pages, DecodeTiffPages(content, pages));
    }

    /// <summary>Checks a TIFF's page count and every page's size from its directories; returns the page count.</summary>
    /// <exception cref="DocumentLimitExceededException">Too many pages, or a page too large.</exception>
    public static int CheckTiff(ReadOnlySpan<byte> tiff, DocumentLimitsOptions limits)
    {
        var sizes = TiffDirectory.ReadPageSizes(tiff, limits.MaxPages);
        for (var i = 0; i < sizes.Count; i++)
        {
            limits.CheckImageSize(sizes[i].Width, sizes[i].Height, sizes.Count == 1 ? "The image" : $"TIFF page {i + 1}");
        }

        return sizes.Count;
    }

    private static (int Width, int Height) ReadHeader(ReadOnlySpan<byte> image)
    {
        int result, width, height;
        fixed (byte* data = image)
        {
            result = Leptonica.PixReadHeaderMem(data, (nuint)image.Length, out _, out width, out height, out _, out _, out _);
        }

        return result == 0
            ? (width, height)
            : throw new UnreadableDocumentException("The image header could not be read (corrupt or unsupported format).");
    }

    private static IEnumerable<ReadOnlyMemory<byte>> DecodeTiffPages(ReadOnlyMemory<byte> tiff, int count)
    {
        nuint offset = 0;
        for (var page = 1; page <= count; page++)
        {
            yield return DecodeTiffPage(tiff.Span, ref offset, page);
        }
    }

    private static byte[] DecodeTiffPage(ReadOnlySpan<byte> tiff, ref nuint offset, int page)
    {
        PixHandle pix;
        fixed (byte* data = tiff)
        {
            pix = Leptonica.PixReadMemFromMultipageTiff(data, (nuint)tiff.Length, ref offset);
        }

        using (pix)
        {
            if (pix.IsInvalid || Leptonica.PixWriteMem(out var encoded, out var size, pix, Leptonica.FormatTiff) != 0)
            {
                throw new UnreadableDocumentException($"TIFF page {page} could not be decoded (corrupt or unsupported compression).");
            }

            try
            {
                return new ReadOnlySpan<byte>((void*)encoded, checked((int)size)).ToArray();
            }
            finally
            {
                Leptonica.LeptFree(encoded);
            }
        }
    }
}

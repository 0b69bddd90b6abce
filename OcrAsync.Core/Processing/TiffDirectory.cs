using System.Buffers.Binary;

namespace OcrAsync.Core.Processing;

/// <summary>
/// Walks a TIFF's chain of image directories (IFDs) for each page's size, without decoding any pixels:
/// Leptonica's header reader only looks at the first page, and a bomb can hide on page 2.
/// </summary>
internal static class TiffDirectory
{
    private const ushort ImageWidthTag = 256;
    private const ushort ImageLengthTag = 257;
    private const ushort ShortType = 3;
    private const ushort LongType = 4;

    public static List<(int Width, int Height)> ReadPageSizes(ReadOnlySpan<byte> tiff, int maxPages)
    {
        var little = tiff.Length >= 8 && tiff[0] == (byte)'I';
        var pages = new List<(int, int)>();
        var offset = ReadUInt32(tiff, 4, little);
        var visited = new HashSet<long>();
        while (offset != 0)
        {
            if (offset + 2 > tiff.Length || !visited.Add(offset))
            {
                throw new UnreadableDocumentException("The TIFF is corrupt (an image directory points outside the file or loops).");
            }

            if (pages.Count == maxPages)
            {
                throw new DocumentLimitExceededException($"The TIFF has more than {maxPages} pages; the limit is {maxPages}.");
            }

            var count = ReadUInt16(tiff, offset, little);
            var end = offset + 2 + (count * 12L);
            if (end + 4 > tiff.Length)
            {
                throw new UnreadableDocumentException("The TIFF is corrupt (a truncated image directory).");
            }

            int width = 0, height = 0;
            for (var entry = offset + 2; entry < end; entry += 12)
            {
                var tag = ReadUInt16(tiff, entry, little);
                var type = ReadUInt16(tiff, entry + 2, little);
                if (tag is ImageWidthTag or ImageLengthTag && type is ShortType or LongType)
                {
                    var value = type == ShortType ? ReadUInt16(tiff, entry + 8, little) : ReadUInt32(tiff, entry + 8, little);
                    var clamped = (int)Math.Min(value, int.MaxValue);
                    if (tag == ImageWidthTag) width = clamped; else height = clamped;
                }
            }

            pages.Add((width, height));
            offset = ReadUInt32(tiff, end, little);
        }

        return pages;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, long at, bool little)
    {
        var bytes = data.Slice((int)at, 2);
        return little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes) : BinaryPrimitives.ReadUInt16BigEndian(bytes);
    }

    private static long ReadUInt32(ReadOnlySpan<byte> data, long at, bool little)
    {
        if (at + 4 > data.Length)
        {
            throw new UnreadableDocumentException("The TIFF is corrupt (truncated).");
        }

        var bytes = data.Slice((int)at, 4);
        return little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }
}

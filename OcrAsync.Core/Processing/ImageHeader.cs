using System.Buffers.Binary;

namespace OcrAsync.Core.Processing;

/// <summary>
/// Reads an image's pixel size from its header in managed code (the API has no native imaging libraries), so a
/// decompression bomb is refused at upload: PNG IHDR, JPEG SOFn, BMP info header, WebP VP8/VP8L/VP8X.
/// </summary>
internal static class ImageHeader
{
    public static (int Width, int Height)? TryReadSize(ReadOnlySpan<byte> image, DocumentType type)
    {
        if (type == DocumentType.Png && image.Length >= 24 && image[12..16].SequenceEqual("IHDR"u8))
        {
            return (Int(BinaryPrimitives.ReadUInt32BigEndian(image[16..])), Int(BinaryPrimitives.ReadUInt32BigEndian(image[20..])));
        }

        if (type == DocumentType.Bmp && image.Length >= 26)
        {
            return (BinaryPrimitives.ReadInt32LittleEndian(image[18..]), Math.Abs(BinaryPrimitives.ReadInt32LittleEndian(image[22..])));
        }

        if (type == DocumentType.Jpeg)
        {
            return JpegSize(image);
        }

        return type == DocumentType.WebP && image.Length >= 30 ? WebPSize(image) : null;
    }

    private static (int, int)? JpegSize(ReadOnlySpan<byte> jpeg)
    {
        var position = 2;
        while (position + 9 < jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 5)..]));
            }

            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 2)..]);
        }

        return null;
    }

    private static (int, int)? WebPSize(ReadOnlySpan<byte> webp)
    {
        var chunk = webp[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return (1 + (webp[24] | (webp[25] << 8) | (webp[26] << 16)), 1 + (webp[27] | (webp[28] << 8) | (webp[29] << 16)));
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(webp[21..]);
            return (1 + (int)(bits & 0x3FFF), 1 + (int)((bits >> 14) & 0x3FFF));
        }

        return chunk.SequenceEqual("VP8 "u8)
            ? (BinaryPrimitives.ReadUInt16LittleEndian(webp[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(webp[28..]) & 0x3FFF)
            : null;
    }

    private static int Int(uint value) => value > int.MaxValue ? int.MaxValue : (int)value;
}

using System.Buffers.Binary;
using System.IO.Compression;

namespace OcrAsync.Tests.Processing;

/// <summary>Image files built byte by byte: a minimal multi-page TIFF writer (SkiaSharp cannot write TIFF) and lying PNG headers.</summary>
internal static class TestImages
{
    /// <summary>Uncompressed 8-bit grey pages, little-endian, one strip per page. Sizes may lie (pixels are then omitted).</summary>
    public static byte[] MultipageTiff(IReadOnlyList<(int Width, int Height, byte[]? Pixels)> pages)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("II*\0"u8);
        var nextIfdPointer = stream.Position;
        writer.Write(0u);
        foreach (var (width, height, pixels) in pages)
        {
            var data = pixels ?? new byte[16];
            var dataOffset = (uint)stream.Position;
            writer.Write(data);
            if (stream.Position % 2 == 1)
            {
                writer.Write((byte)0);
            }

            var ifd = (uint)stream.Position;
            Patch(stream, nextIfdPointer, ifd);
            (ushort Tag, ushort Type, uint Value)[] entries =
            [
                (256, 4, (uint)width), (257, 4, (uint)height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
                (273, 4, dataOffset), (277, 3, 1), (278, 4, (uint)height), (279, 4, (uint)data.Length),
            ];
            writer.Write((ushort)entries.Length);
            foreach (var (tag, type, value) in entries)
            {
                writer.Write(tag);
                writer.Write(type);
                writer.Write(1u);
                if (type == 3)
                {
                    writer.Write((ushort)value);
                    writer.Write((ushort)0);
                }
                else
                {
                    writer.Write(value);
                }
            }

            nextIfdPointer = stream.Position;
            writer.Write(0u);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>Decodes a PNG to 8-bit grey pixels for <see cref="MultipageTiff"/>.</summary>
    public static (int Width, int Height, byte[]? Pixels) GreyPage(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png);
        using var grey = decoded.Copy(SKColorType.Gray8);
        return (grey.Width, grey.Height, grey.GetPixelSpan().ToArray());
    }

    /// <summary>A valid PNG (correct CRCs) whose header claims <paramref name="width"/> x <paramref name="height"/>, with a tiny IDAT.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // Bit depth; colour type 0 (grey), no interlace.
        Chunk(stream, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(new byte[900]);
            }

            Chunk(stream, "IDAT", compressed.ToArray());
        }

        Chunk(stream, "IEND", []);
        return stream.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        stream.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        stream.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Patch(MemoryStream stream, long at, uint value)
    {
        var position = stream.Position;
        stream.Position = at;
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        stream.Write(bytes);
        stream.Position = position;
    }
}

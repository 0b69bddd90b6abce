using System.IO.Compression;

namespace OcrAsync.Tests.Processing;

/// <summary>
/// Small PDFs whose Flate streams inflate to gigabytes, written by hand (objects, cross-reference table, trailer).
/// Zeros compress ~1000:1, so an 8 MB file can hold 8 GiB; the compressed zeros are made once and repeated.
/// </summary>
internal static class PdfBombs
{
    private const int ZeroChunk = 16 * 1024 * 1024;
    private static readonly Lazy<byte[]> CompressedZeroChunk = new(() => Deflated(new byte[ZeroChunk]));

    /// <summary>The document catalog sits in an object stream that inflates to about <paramref name="inflatedBytes"/>.</summary>
    public static byte[] CatalogInObjectStream(long inflatedBytes)
    {
        const string catalog = "<< /Type /Catalog /Pages 2 0 R >>";
        var header = "1 0 ";
        var objects = header + catalog + "\n";
        var stream = ZlibWithZeros(Encoding.ASCII.GetBytes(objects), inflatedBytes);
        // Object 1, the catalog, is only inside the object stream (3), as in files written with compressed objects.
        return Write(
            ("", null),
            ("<< /Type /Pages /Kids [4 0 R] /Count 1 >>", null),
            ($"<< /Type /ObjStm /N 1 /First {header.Length} /Filter /FlateDecode /Length {stream.Length} >>", stream),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", null));
    }

    /// <summary>One A4 page whose content stream inflates to about <paramref name="inflatedBytes"/>.</summary>
    public static byte[] PageContent(long inflatedBytes, int flateLayers = 1)
    {
        var stream = ZlibWithZeros("BT ET\n"u8.ToArray(), inflatedBytes);
        for (var layer = 1; layer < flateLayers; layer++)
        {
            stream = Zlib(stream);
        }

        var filter = string.Join(' ', Enumerable.Repeat("/FlateDecode", flateLayers));
        return Write(
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", null),
            ($"<< /Filter [{filter}] /Length {stream.Length} >>", stream));
    }

    /// <summary>
    /// One A4 page whose content bomb hides from a scan of the raw bytes: its filter is given by reference, or the Flate
    /// data is hex-encoded behind an ASCIIHexDecode filter.
    /// </summary>
    public static byte[] HiddenPageContent(long inflatedBytes, bool hexEncoded)
    {
        var stream = ZlibWithZeros("BT ET\n"u8.ToArray(), inflatedBytes);
        if (hexEncoded)
        {
            stream = Encoding.ASCII.GetBytes(Convert.ToHexString(stream) + ">");
        }

        var filter = hexEncoded ? "[/ASCIIHexDecode /FlateDecode]" : "5 0 R";
        return Write(
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", null),
            ($"<< /Filter {filter} /Length {stream.Length} >>", stream),
            ("/FlateDecode", null));
    }

    /// <summary>A page of <paramref name="pages"/> content streams, each inflating to <paramref name="bytesEach"/>: none alone over a per-stream limit.</summary>
    public static byte[] ManyContentStreams(int pages, long bytesEach)
    {
        var stream = ZlibWithZeros("BT ET\n"u8.ToArray(), bytesEach);
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{3 + (2 * i)} 0 R"));
        var objects = new List<(string, byte[]?)>
        {
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>", null),
        };
        for (var i = 0; i < pages; i++)
        {
            objects.Add(($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + (2 * i)} 0 R >>", null));
            objects.Add(($"<< /Length {stream.Length} /Filter /FlateDecode >>", stream));
        }

        return Write([.. objects]);
    }

    /// <summary>An image XObject; its size is written directly or, with <paramref name="indirectSize"/>, as references.</summary>
    public static byte[] Image(int width, int height, long inflatedBytes, bool indirectSize = false)
    {
        var stream = ZlibWithZeros([], inflatedBytes);
        var content = "q 595 0 0 842 0 0 cm /Im0 Do Q\n"u8.ToArray();
        var size = indirectSize ? "/Width 6 0 R /Height 7 0 R" : $"/Width {width} /Height {height}";
        return Write(
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>", null),
            ($"<< /Length {content.Length} >>", content),
            ($"<< /Type /XObject /Subtype /Image {size} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {stream.Length} >>", stream),
            ($"{width}", null),
            ($"{height}", null));
    }

    /// <summary>zlib data of <paramref name="prefix"/> followed by zeros, about <paramref name="inflatedBytes"/> in all.</summary>
    private static byte[] ZlibWithZeros(byte[] prefix, long inflatedBytes)
    {
        using var output = new MemoryStream();
        output.Write([0x78, 0xDA]);
        output.Write(Deflated(prefix));
        var chunks = Math.Max(1, (inflatedBytes - prefix.Length) / ZeroChunk);
        for (var i = 0; i < chunks; i++)
        {
            output.Write(CompressedZeroChunk.Value);
        }

        output.Write([0x03, 0x00]); // A final, empty fixed-Huffman block.
        var (a, b) = Adler32(prefix);
        b = (uint)((b + (a * (ulong)(chunks * ZeroChunk))) % 65521);
        output.Write([(byte)(b >> 8), (byte)b, (byte)(a >> 8), (byte)a]);
        return output.ToArray();
    }

    /// <summary>Deflate blocks ending in a sync flush (byte-aligned, not final), so that they can be followed by more.</summary>
    private static byte[] Deflated(byte[] data)
    {
        using var output = new MemoryStream();
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(data);
        deflate.Flush();
        return output.ToArray(); // Taken before disposing, which would append a final block.
    }

    private static (uint A, uint B) Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }

        return (a, b);
    }

    private static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Objects 1..n (a dictionary, with data when it is a stream; an empty dictionary leaves the number free), a
    /// cross-reference table and a trailer.
    /// </summary>
    private static byte[] Write(params (string Dictionary, byte[]? Stream)[] objects)
    {
        using var pdf = new MemoryStream();
        void Text(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Text("%PDF-1.7\n%\u00E2\u00E3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(objects[i].Dictionary.Length == 0 ? -1 : pdf.Position);
            if (offsets[i] < 0)
            {
                continue;
            }

            Text($"{i + 1} 0 obj\n{objects[i].Dictionary}\n");
            if (objects[i].Stream is { } data)
            {
                Text("stream\n");
                pdf.Write(data);
                Text("\nendstream\n");
            }

            Text("endobj\n");
        }

        var xref = pdf.Position;
        Text($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Text(offset < 0 ? "0000000000 65535 f \n" : $"{offset:D10} 00000 n \n");
        }

        Text($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}

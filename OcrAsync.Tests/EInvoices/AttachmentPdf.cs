using System.IO.Compression;

namespace OcrAsync.Tests.EInvoices;

/// <summary>
/// Writes a one-page PDF that carries a file the way Factur-X / ZUGFeRD do: a Flate-compressed /EmbeddedFile stream,
/// a /Filespec with /AFRelationship, listed in the catalog's /Names /EmbeddedFiles tree and its /AF array. SkiaSharp
/// (PdfBuilder) cannot attach files, so the objects are written by hand.
/// </summary>
internal static class AttachmentPdf
{
    public static byte[] Create(string pageText, string fileName, byte[] attachment) =>
        CreateDeflated(pageText, fileName, Deflate(attachment), attachment.Length);

    /// <summary>Like <see cref="Create"/> with the attachment already deflated (zlib), e.g. one too large to hold inflated.</summary>
    public static byte[] CreateDeflated(string pageText, string fileName, byte[] compressed, long size)
    {
        var content = Encoding.ASCII.GetBytes($"BT /F1 11 Tf 56 780 Td ({pageText}) Tj ET");
        var objects = new List<byte[]>
        {
            Ascii($"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [({fileName}) 5 0 R] >> >> /AF [5 0 R] >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Ascii($"<< /Type /Filespec /F ({fileName}) /UF ({fileName}) /AFRelationship /Data /Desc (Invoice data) /EF << /F 7 0 R /UF 7 0 R >> >>"),
            Stream($"<< /Length {content.Length} >>", content),
            Stream($"<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length {compressed.Length} /Params << /Size {size} >> >>", compressed),
        };

        using var pdf = new MemoryStream();
        Write(pdf, Ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, Ascii($"{i + 1} 0 obj\n"));
            Write(pdf, objects[i]);
            Write(pdf, Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(pdf, Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Ascii($"{dictionary}\nstream\n"), .. data, .. Ascii("\nendstream")];

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static void Write(Stream stream, byte[] bytes) => stream.Write(bytes);
}

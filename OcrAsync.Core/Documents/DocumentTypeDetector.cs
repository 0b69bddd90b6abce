namespace OcrAsync.Core.Documents;

/// <summary>Tells a file's type from its first bytes; the name and the client's Content-Type are never trusted.</summary>
public static class DocumentTypeDetector
{
    public const int HeaderLength = 16;

    public static DocumentType Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return DocumentType.Jpeg;
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return DocumentType.Png;
        if (header.StartsWith("II*\0"u8) || header.StartsWith("MM\0*"u8)) return DocumentType.Tiff;
        if (header.StartsWith("%PDF-"u8)) return DocumentType.Pdf;
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8)) return DocumentType.WebP;
        if (header.Length >= 14 && header.StartsWith("BM"u8)) return DocumentType.Bmp;
        return DescribeOther(header);
    }

    private static DocumentType DescribeOther(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("GIF8"u8)) return new("GIF", "image/gif", false);
        if (header.StartsWith("PK\u0003\u0004"u8)) return new("ZIP archive (or Office document)", "application/zip", false);
        if (header.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F'])) return new("ELF executable", "application/x-executable", false);
        if (header.StartsWith("MZ"u8)) return new("Windows executable", "application/x-msdownload", false);
        if (header.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return new("gzip archive", "application/gzip", false);

        var text = HeaderText(header).TrimStart().ToLowerInvariant();
        if (text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.StartsWith("<html", StringComparison.Ordinal))
            return new("HTML document", "text/html", false);
        // Any other markup may be an e-invoice: its root element decides (EInvoiceParser.FindProblem).
        if (text.StartsWith('<'))
            return DocumentType.Xml;
        return new("unknown binary or text", "application/octet-stream", false);
    }

    /// <summary>The header as text, past a UTF-8 or UTF-16 byte order mark.</summary>
    private static string HeaderText(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(header[3..]);
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(header[2..]);
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(header[2..]);
        return Encoding.ASCII.GetString(header);
    }
}

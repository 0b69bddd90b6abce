using System.Text;

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
        return DescribeUnsupported(header);
    }

    private static DocumentType DescribeUnsupported(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("GIF8"u8)) return new("GIF", "image/gif", false);
        if (header.StartsWith("PK\u0003\u0004"u8)) return new("ZIP archive (or Office document)", "application/zip", false);
        if (header.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F'])) return new("ELF executable", "application/x-executable", false);
        if (header.StartsWith("MZ"u8)) return new("Windows executable", "application/x-msdownload", false);
        if (header.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return new("gzip archive", "application/gzip", false);

        var text = Encoding.ASCII.GetString(header).TrimStart().ToLowerInvariant();
        if (text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.StartsWith("<html", StringComparison.Ordinal))
            return new("HTML document", "text/html", false);
        if (text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<svg", StringComparison.Ordinal))
            return new("XML or SVG document", "application/xml", false);
        return new("unknown binary or text", "application/octet-stream", false);
    }
}

namespace OcrAsync.Core.Documents;

/// <summary>A detected file type: <see cref="IsSupported"/> says whether the pipeline can read it.</summary>
public sealed record DocumentType(string Name, string ContentType, bool IsSupported)
{
    public static readonly DocumentType Jpeg = new("JPEG", "image/jpeg", true);
    public static readonly DocumentType Png = new("PNG", "image/png", true);
    public static readonly DocumentType Tiff = new("TIFF", "image/tiff", true);
    public static readonly DocumentType Bmp = new("BMP", "image/bmp", true);
    public static readonly DocumentType WebP = new("WebP", "image/webp", true);
    public static readonly DocumentType Pdf = new("PDF", "application/pdf", true);

    /// <summary>Looks like XML from its first bytes; whether it is a supported e-invoice is told from its root element.</summary>
    public static readonly DocumentType Xml = new("XML", "application/xml", true);

    public bool IsPdf => this == Pdf;

    public bool IsXml => this == Xml;
}

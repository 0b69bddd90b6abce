using System.Runtime.InteropServices;
using System.Xml;

namespace OcrAsync.Core.EInvoices;

/// <summary>
/// The only way e-invoice XML is parsed: no DTD (so no entity expansion and no external entities), no resolver, a size
/// limit and a nesting limit checked while streaming, before any tree is built. Every refusal is an
/// <see cref="InvalidEInvoiceException"/> that says what was wrong.
/// </summary>
public static class SafeXml
{
    /// <summary>Far above any real invoice (a 1 000-line UBL invoice is about 1 MB), far below what hurts a worker.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>UBL and CII nest about 10 levels, a signed Vietnamese invoice about 8.</summary>
    public const int MaxDepth = 64;

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxBytes,
        // 0 would mean "unlimited"; with DTDs prohibited no entity can be declared, this is a second fence.
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The root element's name, read without looking past it.</summary>
    public static XName ReadRootName(ReadOnlyMemory<byte> xml)
    {
        CheckSize(xml);
        return Guard(xml, () =>
        {
            using var reader = XmlReader.Create(AsStream(xml), Settings());
            reader.MoveToContent();
            return XName.Get(reader.LocalName, reader.NamespaceURI);
        });
    }

    /// <summary>The whole document as a tree, once a streaming pass has checked its depth.</summary>
    public static XDocument Load(ReadOnlyMemory<byte> xml)
    {
        CheckSize(xml);
        return Guard(xml, () =>
        {
            CheckDepth(xml);
            using var reader = XmlReader.Create(AsStream(xml), Settings());
            return XDocument.Load(reader, LoadOptions.None);
        });
    }

    /// <summary>The document as a DOM with whitespace kept, as XML signature checking needs; call after <see cref="Load"/>.</summary>
    public static XmlDocument LoadForSignature(ReadOnlyMemory<byte> xml) => Guard(xml, () =>
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var reader = XmlReader.Create(AsStream(xml), Settings());
        document.Load(reader);
        return document;
    });

    private static void CheckSize(ReadOnlyMemory<byte> xml)
    {
        if (xml.Length > MaxBytes)
        {
            throw new InvalidEInvoiceException(
                $"The XML is {xml.Length / (1024.0 * 1024.0):0.#} MB; e-invoice XML over {MaxBytes / (1024 * 1024)} MB is refused.");
        }
    }

    private static void CheckDepth(ReadOnlyMemory<byte> xml)
    {
        using var reader = XmlReader.Create(AsStream(xml), Settings());
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaxDepth)
            {
                throw new InvalidEInvoiceException(
                    $"The XML nests elements more than {MaxDepth} levels deep (line {((IXmlLineInfo)reader).LineNumber}); no e-invoice does.");
            }
        }
    }

    private static T Guard<T>(ReadOnlyMemory<byte> xml, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException ex) when (DeclaresDtd(xml.Span))
        {
            throw new InvalidEInvoiceException(
                "The XML declares a DTD (<!DOCTYPE …>), which e-invoices never do; it is refused because DTDs carry entity-expansion and external-entity attacks.", ex);
        }
        catch (XmlException ex)
        {
            throw new InvalidEInvoiceException($"The file is not well-formed XML: {ex.Message}", ex);
        }
    }

    /// <summary>A DOCTYPE can only come before the root element, so looking at the start is enough.</summary>
    private static bool DeclaresDtd(ReadOnlySpan<byte> xml) => xml[..Math.Min(xml.Length, 4096)].IndexOf("<!DOCTYPE"u8) >= 0;

    private static MemoryStream AsStream(ReadOnlyMemory<byte> xml) =>
        MemoryMarshal.TryGetArray(xml, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(xml.ToArray(), writable: false);
}

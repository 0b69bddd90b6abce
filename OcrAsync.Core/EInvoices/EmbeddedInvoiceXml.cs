using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace OcrAsync.Core.EInvoices;

/// <summary>
/// The invoice XML a PDF carries as an embedded file: Factur-X (factur-x.xml), ZUGFeRD (zugferd-invoice.xml,
/// ZUGFeRD 1's ZUGFeRD-invoice.xml), XRechnung (xrechnung.xml), or any other attached .xml whose root is a supported
/// e-invoice. The catalog's /EmbeddedFiles name tree is walked here rather than with PdfPig's TryGetEmbeddedFiles,
/// which inflates every attachment whole: a deflate bomb of a few KB would become gigabytes in the worker.
/// </summary>
public static class EmbeddedInvoiceXml
{
    private const int MaxFiles = 100;
    private const int MaxTreeDepth = 10;

    private static readonly string[] KnownNames = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"];

    /// <summary>The embedded invoice XML, or null when the PDF carries none (or cannot be opened).</summary>
    public static EmbeddedInvoice? Find(ReadOnlyMemory<byte> pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf.ToArray());
            var scanner = document.Structure.TokenScanner;
            var tree = Resolve<DictionaryToken>(Resolve<DictionaryToken>(Get(document.Structure.Catalog.CatalogDictionary, "Names"), scanner) is { } names
                ? Get(names, "EmbeddedFiles") : null, scanner);
            if (tree is null)
            {
                return null;
            }

            var files = new List<(string Name, StreamToken Stream)>();
            Collect(tree, scanner, files, 0);
            foreach (var (name, stream) in files
                .Where(f => f.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => KnownNames.Contains(f.Name, StringComparer.OrdinalIgnoreCase) ? 0 : 1))
            {
                if (Decode(stream) is { } xml
                    && (KnownNames.Contains(name, StringComparer.OrdinalIgnoreCase) || EInvoiceParser.FindProblem(xml) is null))
                {
                    return new EmbeddedInvoice(name, xml, document.NumberOfPages);
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null; // The page reader opens the PDF again and reports what is wrong with it.
        }
    }

    /// <summary>A name tree node: /Names [key filespec key filespec …] at the leaves, /Kids below the root.</summary>
    private static void Collect(DictionaryToken node, IPdfTokenScanner scanner, List<(string, StreamToken)> files, int depth)
    {
        if (Resolve<ArrayToken>(Get(node, "Names"), scanner) is { } pairs)
        {
            for (var i = 0; i + 1 < pairs.Length && files.Count < MaxFiles; i += 2)
            {
                if (Resolve<DictionaryToken>(pairs[i + 1], scanner) is { } spec
                    && Resolve<DictionaryToken>(Get(spec, "EF"), scanner) is { } ef
                    && Resolve<StreamToken>(Get(ef, "UF") ?? Get(ef, "F"), scanner) is { } stream)
                {
                    files.Add((Text(Get(spec, "UF")) ?? Text(Get(spec, "F")) ?? Text(pairs[i]) ?? string.Empty, stream));
                }
            }
        }

        if (depth < MaxTreeDepth && Resolve<ArrayToken>(Get(node, "Kids"), scanner) is { } kids)
        {
            foreach (var kid in kids.Data)
            {
                if (Resolve<DictionaryToken>(kid, scanner) is { } child)
                {
                    Collect(child, scanner, files, depth + 1);
                }
            }
        }
    }

    /// <summary>
    /// The file's bytes, inflated here so that a deflate bomb stops one buffer past the XML size limit, where the parser
    /// refuses it. Null for filters an invoice XML never uses.
    /// </summary>
    private static byte[]? Decode(StreamToken stream)
    {
        var data = stream.Data.ToArray();
        if (!stream.StreamDictionary.TryGet(NameToken.Filter, out var filter))
        {
            return data;
        }

        var name = filter switch
        {
            NameToken single => single.Data,
            ArrayToken { Data: [NameToken only] } => only.Data,
            _ => null,
        };
        if (name != NameToken.FlateDecode.Data)
        {
            return null;
        }

        using var inflater = new ZLibStream(new MemoryStream(data, writable: false), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (output.Length <= SafeXml.MaxBytes && (read = inflater.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }

    private static IToken? Get(DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out var value) ? value : null;

    private static T? Resolve<T>(IToken? token, IPdfTokenScanner scanner) where T : class, IToken =>
        token is not null && DirectObjectFinder.TryGet(token, scanner, out T? value) ? value : null;

    private static string? Text(IToken? token) => token switch
    {
        StringToken text when text.Data.Length > 0 => text.Data,
        HexToken hex when hex.Data.Length > 0 => hex.Data,
        _ => null,
    };
}

using System.Security.Cryptography.Xml;

namespace OcrAsync.Core.EInvoices;

/// <summary>Tells e-invoice XML by its root element and namespace and reads it with the matching format reader.</summary>
public static class EInvoiceParser
{
    public static readonly IReadOnlyList<IEInvoiceReader> Readers = [new VietnameseInvoiceReader(), new UblInvoiceReader(), new CiiInvoiceReader()];

    public static string SupportedFormats => string.Join("; ", Readers.Select(r => r.Description));

    /// <summary>Why the XML cannot be read (unknown root, DTD, malformed prolog, too large), or null when a reader takes it.</summary>
    public static string? FindProblem(ReadOnlyMemory<byte> xml)
    {
        try
        {
            var root = SafeXml.ReadRootName(xml);
            return IsSupported(root) ? null : Unsupported(root);
        }
        catch (InvalidEInvoiceException ex)
        {
            return ex.Message;
        }
    }

    public static bool IsSupported(XName root) => Readers.Any(r => r.CanRead(root));

    /// <exception cref="InvalidEInvoiceException">Hostile, malformed, unknown or incomplete XML; the message says which.</exception>
    public static EInvoice Read(ReadOnlyMemory<byte> xml, string source)
    {
        var document = SafeXml.Load(xml);
        var root = document.Root!;
        var reader = Readers.FirstOrDefault(r => r.CanRead(root.Name)) ?? throw new InvalidEInvoiceException(Unsupported(root.Name));
        var invoice = reader.Read(root);
        var signature = XmlSignatureVerifier.Verify(xml, document, reader.SignedPart);
        invoice = invoice with { Source = source, Signature = signature };
        if (signature is { Present: true, Valid: not true })
        {
            var problem = signature.Valid == false ? "invalid" : "not checked";
            invoice = invoice with { NeedsReview = true, ReviewReasons = [.. invoice.ReviewReasons, $"The XML signature is {problem}: {signature.Detail}"] };
        }

        return new EInvoice(invoice, TextOf(root));
    }

    private static string Unsupported(XName root) =>
        $"The XML's root element is <{root.LocalName}> {(root.NamespaceName.Length > 0 ? $"in namespace '{root.NamespaceName}'" : "without a namespace")}, "
        + $"which is not a supported e-invoice. Supported: {SupportedFormats}.";

    /// <summary>The values a reader would see on the invoice, one per line; signatures are left out.</summary>
    private static string TextOf(XElement root) => string.Join('\n', root.DescendantNodes()
        .OfType<XText>()
        .Where(t => t.Parent?.AncestorsAndSelf(XName.Get("Signature", SignedXml.XmlDsigNamespaceUrl)).Any() != true)
        .Select(t => t.Value.Trim())
        .Where(t => t.Length > 0));
}

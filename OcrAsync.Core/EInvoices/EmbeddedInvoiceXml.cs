using UglyToad.PdfPig;

namespace OcrAsync.Core.EInvoices;

/// <summary>
/// The invoice XML a PDF carries as an embedded file: Factur-X (factur-x.xml), ZUGFeRD (zugferd-invoice.xml,
/// ZUGFeRD 1's ZUGFeRD-invoice.xml), XRechnung (xrechnung.xml), or any other attached .xml whose root is a supported
/// e-invoice.
/// </summary>
public static class EmbeddedInvoiceXml
{
    private static readonly string[] KnownNames = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"];

    /// <summary>The embedded invoice XML, or null when the PDF carries none (or cannot be opened).</summary>
    public static EmbeddedInvoice? Find(ReadOnlyMemory<byte> pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf.ToArray());
            if (!document.Advanced.TryGetEmbeddedFiles(out var files) || files.Count == 0)
            {
                return null;
            }

            var candidates = files
                .Select(file => (Name: file.FileSpecification is { Length: > 0 } spec ? spec : file.Name, File: file))
                .Where(c => c.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => KnownNames.Contains(c.Name, StringComparer.OrdinalIgnoreCase) ? 0 : 1);
            foreach (var (name, file) in candidates)
            {
                var xml = file.Bytes.ToArray();
                if (KnownNames.Contains(name, StringComparer.OrdinalIgnoreCase) || EInvoiceParser.FindProblem(xml) is null)
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
}

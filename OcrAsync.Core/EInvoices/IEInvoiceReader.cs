namespace OcrAsync.Core.EInvoices;

/// <summary>Reads one e-invoice format, told by the root element's name and namespace.</summary>
public interface IEInvoiceReader
{
    /// <summary>What the format is, for messages ("UBL 2.1 Invoice or CreditNote").</summary>
    string Description { get; }

    bool CanRead(XName root);

    /// <summary>
    /// The root's child holding the invoice data when signatures sign that part by Id (Vietnamese DLHDon); null when they
    /// sign the whole document. A signature counts only if it covers the part that was read.
    /// </summary>
    string? SignedPart => null;

    /// <summary>The invoice's fields; <see cref="InvoiceData.Source"/> and the signature are set by the caller.</summary>
    /// <exception cref="InvalidEInvoiceException">A required part is missing or a value breaks its format.</exception>
    InvoiceData Read(XElement root);
}

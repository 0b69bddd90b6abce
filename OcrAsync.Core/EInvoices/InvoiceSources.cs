namespace OcrAsync.Core.EInvoices;

/// <summary>Where an e-invoice's fields came from (<c>source</c> in the result).</summary>
public static class InvoiceSources
{
    /// <summary>The upload was the invoice XML itself.</summary>
    public const string Xml = "xml";

    /// <summary>The upload was a PDF carrying the invoice XML as an embedded file (Factur-X, ZUGFeRD, XRechnung).</summary>
    public const string EmbeddedXml = "embedded_xml";
}

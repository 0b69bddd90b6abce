namespace OcrAsync.Core.EInvoices;

/// <summary>The XML is malformed, hostile or not a supported e-invoice: the job fails at once, without retries.</summary>
public sealed class InvalidEInvoiceException(string message, Exception? innerException = null)
    : UnreadableDocumentException(message, innerException);

namespace OcrAsync.Core.Invoices;

/// <summary>
/// The XML digital signatures of an e-invoice. <see cref="Valid"/> says the signed data is unchanged since it was signed
/// with the key of the certificate the XML carries; it says nothing about whether that certificate is trusted (its chain
/// and revocation are not checked), which <see cref="Detail"/> repeats.
/// </summary>
public sealed record InvoiceSignature(bool Present, bool? Valid, string? Signer, int Count, string Detail);

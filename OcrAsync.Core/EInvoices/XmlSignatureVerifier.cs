using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using OcrAsync.Core.Invoices;

namespace OcrAsync.Core.EInvoices;

/// <summary>
/// Checks every XML digital signature (xmldsig) in an e-invoice against the key of the certificate it carries. Only
/// references inside the document are followed; the certificate's trust (chain, revocation, the tax authority's list)
/// is not checked, and the result says so.
/// </summary>
internal static class XmlSignatureVerifier
{
    private const string TrustNote = "The certificate's chain and revocation were not checked (the signature is not claimed to be trusted).";

    public static InvoiceSignature Verify(ReadOnlyMemory<byte> xml, XDocument parsed)
    {
        var count = parsed.Descendants(XName.Get("Signature", SignedXml.XmlDsigNamespaceUrl)).Count();
        if (count == 0)
        {
            return new InvoiceSignature(false, null, null, 0, "The XML carries no digital signature.");
        }

        var document = SafeXml.LoadForSignature(xml);
        var checks = document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl)
            .OfType<XmlElement>()
            .Select(signature => Check(document, signature))
            .ToList();
        var signer = checks.Select(c => c.Signer).FirstOrDefault(s => s is not null);
        var failures = checks.Where(c => !c.Valid).Select(c => c.Problem).ToList();
        var detail = failures.Count == 0
            ? $"{Plural(checks.Count)} valid: the signed data is unchanged since signing. {TrustNote}"
            : $"{failures.Count} of {Plural(checks.Count)} invalid: {string.Join("; ", failures)}. {TrustNote}";
        return new InvoiceSignature(true, failures.Count == 0, signer, checks.Count, detail);
    }

    private static (bool Valid, string? Signer, string? Problem) Check(XmlDocument document, XmlElement signature)
    {
        try
        {
            var signed = new SignedXml(document);
            signed.LoadXml(signature);
            // An outside URI would make checking fetch it: never done for an uploaded document.
            if (signed.SignedInfo!.References.OfType<Reference>().FirstOrDefault(r => !string.IsNullOrEmpty(r.Uri) && !r.Uri.StartsWith('#')) is { } outside)
            {
                return (false, null, $"it refers to an outside document ({outside.Uri}), which is not fetched");
            }

            var certificate = signed.KeyInfo.OfType<KeyInfoX509Data>()
                .SelectMany(data => data.Certificates?.OfType<X509Certificate2>() ?? [])
                .FirstOrDefault();
            var valid = certificate is null ? signed.CheckSignature() : signed.CheckSignature(certificate, verifySignatureOnly: true);
            return (valid, certificate?.Subject, valid ? null : "the signed data or the signature changed after signing");
        }
        catch (CryptographicException ex)
        {
            return (false, null, $"the signature cannot be checked ({ex.Message})");
        }
    }

    private static string Plural(int count) => count == 1 ? "1 signature" : $"{count} signatures";
}

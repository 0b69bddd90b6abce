using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace OcrAsync.Core.EInvoices;

/// <summary>
/// Checks every XML digital signature (xmldsig) in an e-invoice against the key of the certificate it carries. Only
/// references inside the document are followed, and a signature counts only if it covers the data that was read (the
/// whole document, or the signed part such as Vietnamese DLHDon by an Id no other element has): a valid signature
/// moved aside next to forged data ("signature wrapping") is reported invalid. The certificate's trust (chain,
/// revocation, the tax authority's list) is not checked, and the result says so.
/// </summary>
internal static class XmlSignatureVerifier
{
    /// <summary>A Vietnamese invoice has two (seller, tax authority); more is an attempt to make checking slow.</summary>
    private const int MaxSignatures = 8;

    private const string TrustNote = "The certificate's chain and revocation were not checked (the signature is not claimed to be trusted).";

    public static InvoiceSignature Verify(ReadOnlyMemory<byte> xml, XDocument parsed, string? signedPart)
    {
        var count = parsed.Descendants(XName.Get("Signature", SignedXml.XmlDsigNamespaceUrl)).Count();
        if (count == 0)
        {
            return new InvoiceSignature(false, null, null, 0, "The XML carries no digital signature.");
        }

        if (count > MaxSignatures)
        {
            return new InvoiceSignature(true, null, null, count, $"The XML carries {count} signatures; more than {MaxSignatures} are not checked.");
        }

        var document = SafeXml.LoadForSignature(xml);
        var checks = document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl)
            .OfType<XmlElement>()
            .Select(signature => Check(document, signature, signedPart))
            .ToList();
        var signer = checks.Select(c => c.Signer).FirstOrDefault(s => s is not null);
        var failures = checks.Where(c => !c.Valid).Select(c => c.Problem).ToList();
        var detail = failures.Count == 0
            ? $"{Plural(checks.Count)} valid: the signed data is unchanged since signing. {TrustNote}"
            : $"{failures.Count} of {Plural(checks.Count)} invalid: {string.Join("; ", failures)}. {TrustNote}";
        return new InvoiceSignature(true, failures.Count == 0, signer, checks.Count, detail);
    }

    private static (bool Valid, string? Signer, string? Problem) Check(XmlDocument document, XmlElement signature, string? signedPart)
    {
        try
        {
            var signed = new SignedXml(document);
            signed.LoadXml(signature);
            var certificate = signed.KeyInfo.OfType<KeyInfoX509Data>()
                .SelectMany(data => data.Certificates?.OfType<X509Certificate2>() ?? [])
                .FirstOrDefault();
            var uris = signed.SignedInfo!.References.OfType<Reference>().Select(r => r.Uri ?? string.Empty).ToList();
            // An outside URI would make checking fetch it: never done for an uploaded document.
            if (uris.FirstOrDefault(uri => uri.Length > 0 && !uri.StartsWith('#')) is { } outside)
            {
                return (false, certificate?.Subject, $"it refers to an outside document ({outside}), which is not fetched");
            }

            if (!uris.Any(uri => Covers(document, uri, signedPart)))
            {
                return (false, certificate?.Subject, "it does not sign the invoice data that was read (or its Id is not unique)");
            }

            var valid = certificate is null ? signed.CheckSignature() : signed.CheckSignature(certificate, verifySignatureOnly: true);
            return (valid, certificate?.Subject, valid ? null : "the signed data or the signature changed after signing");
        }
        catch (CryptographicException ex)
        {
            return (false, null, $"the signature cannot be checked ({ex.Message})");
        }
    }

    /// <summary>Whether the reference signs what the reader reads: the whole document, the root, or the signed part by a unique Id.</summary>
    private static bool Covers(XmlDocument document, string uri, string? signedPart)
    {
        if (uri.Length == 0)
        {
            return true;
        }

        var id = uri[1..];
        var targets = document.SelectNodes("//*[@Id or @ID or @id]")!.OfType<XmlElement>()
            .Where(e => e.GetAttribute("Id") == id || e.GetAttribute("ID") == id || e.GetAttribute("id") == id)
            .ToList();
        if (targets.Count != 1)
        {
            return false;
        }

        var root = document.DocumentElement!;
        var target = targets[0];
        return target == root
            || (signedPart is not null && target.ParentNode == root
                && root.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == signedPart && e.NamespaceURI == root.NamespaceURI) == target);
    }

    private static string Plural(int count) => count == 1 ? "1 signature" : $"{count} signatures";
}

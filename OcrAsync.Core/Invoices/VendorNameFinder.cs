using System.Text.RegularExpressions;

namespace OcrAsync.Core.Invoices;

/// <summary>
/// Finds the seller: a line labelled "From"/"Seller"/"Đơn vị bán hàng", else a company-looking line near the
/// top of page 1, else the first substantial top line that is not a heading, address or contact line.
/// </summary>
internal static partial class VendorNameFinder
{
    private const int TopLines = 12;

    public static ExtractedField? Find(IReadOnlyList<InvoiceTextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var m = InvoiceLabels.Vendor().Match(lines[i].Label);
            if (!m.Success)
            {
                continue;
            }

            var value = lines[i].Text[(m.Index + m.Length)..].Trim();
            if (value.Count(char.IsLetter) >= 3)
            {
                return lines[i].ToField(value, lines[i].Confidence * 0.95);
            }

            if (i + 1 < lines.Count && IsCandidate(lines[i + 1]))
            {
                return lines[i + 1].ToField(lines[i + 1].Text.Trim(), lines[i + 1].Confidence * 0.9);
            }
        }

        var top = new List<InvoiceTextLine>();
        var skipUntil = -1;
        foreach (var line in lines.Where(l => l.Page == lines[0].Page).Take(TopLines))
        {
            // The lines under "Bill to" name the customer, not the seller.
            if (InvoiceLabels.Customer().IsMatch(line.Label))
            {
                skipUntil = line.Index + 3;
                continue;
            }

            if (line.Index > skipUntil && IsCandidate(line))
            {
                top.Add(line);
            }
        }

        var company = top.FirstOrDefault(l => CompanySuffix().IsMatch(l.Label));
        if (company is not null)
        {
            // "POPULAR BOOK" / "CO. (M) SDN BHD": a name broken before its suffix takes the line above.
            var above = top.FirstOrDefault(l => l.Index == company.Index - 1);
            var text = above is not null && SuffixOnly().IsMatch(company.Label) ? above.Text.Trim() + " " + company.Text.Trim() : company.Text;
            return company.ToField(Clean(text), company.Confidence * 0.85);
        }

        var first = top.FirstOrDefault();
        return first?.ToField(Clean(first.Text), first.Confidence * 0.6);
    }

    private static bool IsCandidate(InvoiceTextLine line)
    {
        var text = line.Text.Trim();
        var letters = text.Count(char.IsLetter);
        var visible = text.Count(c => !char.IsWhiteSpace(c));
        return letters >= 3 && letters * 10 >= visible * 6
            && !NotVendor().IsMatch(line.Label)
            && !InvoiceDateParser.FindAll(text).Any()
            && text.Count(char.IsAsciiDigit) < 5;
    }

    private static string Clean(string text) =>
        SonBhd().Replace(text.Trim().Trim('"', '\'', '“', '”', '|', ',', ':', '-', ' '), "SDN BHD");

    [GeneratedRegex(@"^\W*(?:tax\s*)?(?:[il]nvo[il]ce|receipt|bill|hoa\s*don|facture|rechnung|factuur|quotation|statement|original|copy|page|cash\s*sale|simplified|welcome|thank)|\b(?:date|no|tel|phone|fax|email|e-mail|mobile|hp|gst|vat|reg|co\.?\s*reg|company\s*no|mst|ma\s*so\s*thue|dia\s*chi|address|website|account)\b\s*[:.#]|@|www\.|https?:|\.com\b|\b\d{5}\b|\b(?:jalan|jln|street|road|avenue|taman|lorong|floor|building|p\.?o\.?\s*box|duong|phuong|quan|suite|blvd|lot)\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex NotVendor();

    /// <summary>OCR reads the Malaysian "SDN BHD" as "SON BHD" / "S0N BHD".</summary>
    [GeneratedRegex(@"\bS[O0]N\.?\s*BHD\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SonBhd();

    [GeneratedRegex(@"^\W*(?:co\b|\(m\)|sdn|bhd|&|ltd|limited)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SuffixOnly();

    [GeneratedRegex(@"\b(?:s[do0]n\.?\s*bhd|bhd|ltd|limited|inc|llc|gmbh|ag|b\.v|s\.a|sarl|corp(?:oration)?|co\.|company|cong\s*ty|enterprise|trading|plc|pvt|pte)\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex CompanySuffix();
}

namespace OcrAsync.Core.Invoices;

/// <summary>
/// The issuer's legal details in the footer of page 1 ("Lindenhof Papeterie GmbH · Hauptstr. 5 · 10115 Berlin", or the
/// name over its address and registration lines) as a vendor candidate (<see cref="CandidateFeatures.FooterCompany"/>):
/// an invoice whose header shows only a logo names its seller there. A line in the bottom quarter of the page, below the
/// header's lines or the item table, that opens with a name ending in a legal form (or opened by one: "Công ty TNHH …"),
/// with an address or a registration after it on its line or on one of the next three lines (a footer block prints the
/// address, then a contact line, then the registration). Not a bank's line (the seller's account), nor a line under a
/// customer's or owner's label.
/// </summary>
internal static partial class FooterCompanyBlock
{
    /// <summary>The footer starts this far down the page's text (0 top, 1 bottom).</summary>
    private const double FooterFrom = 0.75;

    /// <summary>Without boxes, the footer is the page's last lines.</summary>
    private const int FooterLinesWithoutBoxes = 6;

    /// <summary>
    /// The header's lines (<see cref="VendorNameFinder"/>'s own candidates) are not the footer, however short the page;
    /// a line after the item table's captions is past the header whatever its index.
    /// </summary>
    private const int HeaderLines = 12;

    /// <summary>The lines under the name that may hold its address or registration.</summary>
    private const int DetailLines = 3;

    public static IEnumerable<FieldCandidate> Candidates(IReadOnlyList<InvoiceTextLine> lines)
    {
        if (lines.Count == 0)
        {
            yield break;
        }

        var page = lines.Where(l => l.Page == lines[0].Page).ToList();
        foreach (var line in Footer(page))
        {
            if ((line.Index < page[0].Index + HeaderLines && !AfterItemTable(page, line)) || OtherParty(page, line) || Bank().IsMatch(line.Label)
                || VendorLineText.NameIn(line) is not { } name || !OpensLine(line.Text, name) || !(EndsInLegalForm(name) || LegalForms.OpensName(name))
                || !DetailsFollow(page, line, name))
            {
                continue;
            }

            var features = new CandidateFeatures { ReadingPosition = 1, FooterCompany = true };
            yield return new FieldCandidate(line.ToField(name, line.Confidence * 0.6), features);
        }
    }

    private static IEnumerable<InvoiceTextLine> Footer(List<InvoiceTextLine> page)
    {
        var boxed = page.Where(l => l.Box is not null).ToList();
        if (boxed.Count < page.Count || boxed.Count == 0)
        {
            return page.TakeLast(FooterLinesWithoutBoxes);
        }

        var top = boxed.Min(l => l.Box!.Value.Y);
        var bottom = boxed.Max(l => l.Box!.Value.Bottom);
        return boxed.Where(l => l.Box!.Value.Y >= top + (FooterFrom * (bottom - top)));
    }

    /// <summary>The name is the line's first words: no label or value before it ("Bank: …", "Account holder …").</summary>
    private static bool OpensLine(string text, string name)
    {
        var head = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var at = text.IndexOf(head, StringComparison.Ordinal);
        return at >= 0 && !text[..at].Any(char.IsLetterOrDigit);
    }

    private static bool EndsInLegalForm(string name)
    {
        var label = TextFolding.LabelForm(name).TrimEnd();
        var form = VendorLineText.LegalForm().Matches(label).LastOrDefault();
        return form is not null && form.Index > 0 && label[(form.Index + form.Length)..].All(c => !char.IsLetterOrDigit(c));
    }

    /// <summary>
    /// An item table's captions (two or more column words on a line, as <see cref="VendorNameFinder"/> ends the header)
    /// came before the line: the header has ended there.
    /// </summary>
    private static bool AfterItemTable(List<InvoiceTextLine> page, InvoiceTextLine line) =>
        page.Any(l => l.Index < line.Index && InvoiceLabels.IsTableCaption(l.Label));

    /// <summary>An address or a registration after the name on its line, or on one of the next three lines of the page.</summary>
    private static bool DetailsFollow(List<InvoiceTextLine> page, InvoiceTextLine line, string name)
    {
        var end = line.Text.IndexOf(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], StringComparison.Ordinal) + name.Length;
        var rest = end >= 0 && end < line.Label.Length ? line.Label[end..] : string.Empty;
        return Details(rest) || page.Where(l => l.Index > line.Index && l.Index <= line.Index + DetailLines).Any(l => Details(l.Label));
    }

    private static bool Details(string label) =>
        VendorLineText.AddressLine().IsMatch(label) || VendorLineText.RegistrationLine().IsMatch(label) || Registration().IsMatch(label) || PostalCode().IsMatch(label);

    /// <summary>A customer's or an owner's label on this line or the three above it: the name is theirs.</summary>
    private static bool OtherParty(List<InvoiceTextLine> page, InvoiceTextLine line) =>
        page.Where(l => l.Index <= line.Index && l.Index >= line.Index - 3)
            .Any(l => InvoiceLabels.Customer().IsMatch(l.Label) || VendorLineText.Owner().IsMatch(l.Label));

    /// <summary>Bank details name the bank (or the account's holder), not the issuer as such.</summary>
    [GeneratedRegex(@"\b(?:\w*bank\w*|banco|banca|banque|iban|bic|swift|konto\w*|account|sparkasse|raiffeisen\w*|caixa|rekening|ngan\s*hang)\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex Bank();

    /// <summary>Registration and tax identifiers of the label languages ("HRB 1234", "KvK", "RCS", "P.IVA", "Company No.", "CNPJ", "MST").</summary>
    [GeneratedRegex(@"\b(?:hr[ab]|handelsregister|amtsgericht|registergericht|ust\W*id\w*|steuer\W*nr|kvk|btw|rcs|siret|siren|p\W*\s*iva|partita\s*iva|codice\s*fiscale|cif|nif|nipc|cnpj|contribuinte|vat\s*(?:no|reg\w*|number|id)|company\s*(?:no|number|reg\w*)|registered\s*(?:in|office|no)|reg\W*no|co\W*reg\w*|mst|ma\s*so\s*thue|gst\s*(?:no|reg\w*|id)|capital\s*social|stammkapital|geschaftsfuhr\w*|sede\s*legale)\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex Registration();

    /// <summary>A postal code before a place name ("10115 Berlin", "1012 AB, Amsterdam", "75008 Paris", "4000-064 Porto").</summary>
    [GeneratedRegex(@"\b(?:[a-z]{1,2}-)?\d{4,5}(?:\s?[a-z]{2}|-\d{3})?,?\s+\p{L}{3,}", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex PostalCode();
}

namespace OcrAsync.Core.Invoices;

/// <summary>
/// What a line says for the vendor: the name it can hold once cleaned (<see cref="NameIn"/>), and the patterns
/// <see cref="VendorNameFinder"/> describes its candidates with (title, legal form, street address, customer and owner
/// labels).
/// </summary>
internal static partial class VendorLineText
{
    private const string NamePunctuation = ".,()&'’-/";

    private static readonly Regex[] FieldLabels =
        [InvoiceLabels.InvoiceNumber(), InvoiceLabels.InvoiceDate(), InvoiceLabels.DueDate(), InvoiceLabels.GenericDate()];

    /// <summary>
    /// The name a line can hold, or null: a sender line "QualityHosting AG - Uferweg 40-42 - D-63571 Gelnhausen" gives its
    /// first part; a header label OCR joined to it ("… Invoice Date Nov 19"), a trailing document title ("Amazon Web
    /// Services Invoice"), department ("Free Service Abonné") or registration number goes; the name ends at its legal form.
    /// </summary>
    public static string? NameIn(InvoiceTextLine line)
    {
        var text = line.Text;
        var label = line.Label;
        if (HeadingOnly().IsMatch(label) || SplitTitle.IsHeadingOnly(label))
        {
            return null;
        }

        // The title printed on the letterhead's row: "RECHNUNG Fischer Bürobedarf GmbH & Co. KG" (or "Rechnu ng …").
        // A title OCR split ("Rechnu ng") is one beyond doubt: any legal form after it, KG too, makes the rest a name.
        var heading = LeadingHeading().Match(label);
        var title = heading.Success ? heading.Length : SplitTitle.LeadingLength(label);
        if (title > 0 && title < label.Length
            && (IsNameAfterTitle(text[..title], text[title..], label[title..]) || (!heading.Success && LegalForm().IsMatch(label[title..]))))
        {
            (text, label) = (text[title..], label[title..]);
        }

        // Asked after the title goes: "FATTURA N. Bianchi SRL" is a title with the number label its number is printed
        // elsewhere for, then the letterhead on its row.
        if (StartsWithFieldLabel(label))
        {
            return null;
        }

        // OCR joins the letterhead with the header column to its right: "Summit Cafe & Bakery Invoice Date Nov 19, 2021".
        var field = FieldLabels.Select(r => r.Match(label)).Where(m => m.Success && m.Index > 0).MinBy(m => m.Index);
        if (field is not null)
        {
            (text, label) = (text[..field.Index], label[..field.Index]);

            // A title joined to the header label on its row ("Warenrechnun g Datum: 16. Sept. 2020") names no one.
            if (HeadingOnly().IsMatch(label))
            {
                return null;
            }
        }

        var separator = SenderSeparator().Match(text);
        if (separator.Success && text[separator.Index..].Any(char.IsAsciiDigit))
        {
            (text, label) = (text[..separator.Index], label[..separator.Index]);
        }

        foreach (var tail in (Regex[])[TrailingHeading(), TrailingDepartment(), TrailingNumberLabel()])
        {
            var m = tail.Match(label);
            if (m.Success && m.Index > 0)
            {
                (text, label) = (text[..m.Index], label[..m.Index]);
            }
        }

        var registration = TrailingRegistration().Match(label);
        if (registration.Success && registration.Index > 0)
        {
            (text, label) = (text[..registration.Index], label[..registration.Index]);
        }

        // A dotted legal form with one character OCR damaged ("S.r..", "S.A.'.L.") would end the name early or not at all.
        // So would a two-word form whose last word OCR damaged ("… SDN BIED", "… Pte. Lid.").
        if ((LegalForms.RepairDotted(text) ?? LegalForms.RepairLastWord(text)) is { } repaired)
        {
            (text, label) = (repaired, TextFolding.LabelForm(repaired));
        }

        text = EndAtLegalForm(text);
        return IsCandidate(text, label[..text.Length]) ? Clean(text) : null;
    }

    /// <summary>
    /// A line that opens with another field's label ("Doc. n.º FT 459", "Tổng cộng tiền thanh toán") names no one, nor
    /// does one that opens with a tax label of the label languages and goes on with a rate or an amount ("BTW 9% 4,12").
    /// </summary>
    private static bool StartsWithFieldLabel(string label) =>
        ((Regex[])[.. FieldLabels, InvoiceLabels.TotalStrong(), InvoiceLabels.TotalPlain()]).Any(r => OpensWith(r, label))
        || (OpensWith(InvoiceLabels.Tax(), label) && label.Any(char.IsAsciiDigit));

    private static bool OpensWith(Regex label, string text) =>
        label.Match(text) is { Success: true } m && text[..m.Index].All(c => !char.IsLetterOrDigit(c));

    /// <summary>After a leading title comes a name when it carries a legal form, or when the title is in capitals and nothing after it looks like a label or a value.</summary>
    private static bool IsNameAfterTitle(string title, string rest, string restLabel) =>
        CompanySuffix().IsMatch(restLabel)
        || (title.Any(char.IsLetter) && title.Where(char.IsLetter).All(char.IsUpper) && !rest.Any(c => c == ':' || char.IsAsciiDigit(c)) && rest.Count(char.IsLetter) >= 3);

    /// <summary>A name ends at its last legal form: "TRI CAHAYA SDN BHD (613204-P)", "SEVEN LEAVES TEA CO. THE RIVERSIDE MALL".</summary>
    public static string EndAtLegalForm(string text)
    {
        var legal = LegalForm().Matches(TextFolding.LabelForm(text)).LastOrDefault();
        return legal is null ? text : text[..(legal.Index + legal.Length)];
    }

    /// <summary>Mostly letters, no label, date or long number, not an item table's header, not a street line such as "78 Nguyễn Văn Linh, Hải Châu".</summary>
    private static bool IsCandidate(string text, string label)
    {
        text = text.Trim();
        var letters = text.Count(char.IsLetter);
        var visible = text.Count(c => !char.IsWhiteSpace(c) && !NamePunctuation.Contains(c));
        return letters >= 3 && letters * 10 >= visible * 6
            && !NotVendor().IsMatch(label)
            && !InvoiceLabels.IsTableCaption(label)
            && !(text.Contains(',', StringComparison.Ordinal) && AddressLine().IsMatch(label) && !CompanySuffix().IsMatch(label))
            && !InvoiceDateParser.FindAll(text).Any()
            && text.Count(char.IsAsciiDigit) < 5;
    }

    /// <summary>
    /// A name inside a sentence ("Payment received by OYO Paid through Cash (Rs 1939)", columns joined by the text layer)
    /// ends before the first word that is a payment word, holds a digit or opens a bracket.
    /// </summary>
    public static string BeforePaymentWords(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.TakeWhile(w => !w.Any(char.IsAsciiDigit) && !w.StartsWith('(') && !InvoiceLabels.Tendered().IsMatch(TextFolding.LabelForm(w)));
        return string.Join(' ', kept);
    }

    /// <summary>"ABC Sdn Bhd Bank: Maybank" (columns joined by OCR): the value ends before the next "Label:".</summary>
    public static string BeforeNextLabel(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return value;
        }

        var wordStart = value.LastIndexOf(' ', Math.Max(0, colon - 1));
        return wordStart > 0 ? value[..wordStart] : value;
    }

    /// <summary>
    /// Outer quotes and punctuation go; "SON BHD" is "SDN BHD", "5/B" is "S/B"; a yen sign between capitals is a misread Y
    /// ("D.I.¥."); opening business words OCR damaged are spelled as the known form ("Céng ty" → "Công ty").
    /// </summary>
    public static string Clean(string text) =>
        LegalForms.RepairLeading(VendorOcrRepair.Apply(ZeroForO().Replace(FiveForS().Replace(YenForY().Replace(SonBhd().Replace(LeadingJunk().Replace(text.Trim(), "").Trim('"', '\'', '“', '”', '|', ',', ':', ';', '-', ' '), "SDN BHD"), "Y"), "S/B"), "O")));

    [GeneratedRegex(@"^\W*(?:tax\s*)?(?:[il]nvo[il]ce|receipt|bill|hoa\s*don|facture|factura|fattura|fatura|rechnung|factuur|kassenbon|quittung|scontrino|ricevuta|kassabon|kwitantie|quotation|statement|original|copy|page|cash\s*sale|simplified|welcome|thank)|\b(?:date|no|tel|phone|fax|email|e-mail|mobile|hp|gst|vat|reg|co\.?\s*reg|company\s*no|mst|ma\s*so\s*thue|dia\s*chi|address|website|account)\b\s*[:.#]|@|www\.|https?:|\.com\b|\b\d{5}\b|\b(?:jalan|jln|street|road|avenue|taman|lorong|floor|building|p\.?o\.?\s*box|suite|blvd|lot)\b|\b(?:duong|phuong|quan)\s*\d|,\s*(?:phuong|quan|tp)\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex NotVendor();

    /// <summary>A title and nothing else: "PAYMENT RECEIPT", "Retail Invoices/Bill", "Kopie factuur", "OFFICIAL RECEIPT".</summary>
    [GeneratedRegex(@"^\W*(?:(?:payment|official|retail|tax|sales|cash|simplified|copy|kopie|original|duplicate|pro\s*-?\s*forma|commerciale?|fiscal|nota|de|du|di|compra|caisse|vente|vendita|venda|recibo|[il]nvo[il]ces?|receipts?|bills?|\w*factuur|fact\s?u\s?re|factura|fattura|fatura|\w*rechnun\s?g|kassenbon|quittung|beleg|scontrino|ricevuta|documento|tique|ticket|talao|cupom|kassabon|kwitantie|bon|recu|quotation|statement|adjustment|credit|debit|note|delivery|order|hoa\s*don|phieu|thanh\s*toan|tinh\s*tien|ban\s*(?:hang|le)|gia\s*tri\s*gia\s*tang|gtgt|simplificada|simplifiee|semplificata|vereinfachte)\b\W*)+$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    public static partial Regex HeadingOnly();

    /// <summary>
    /// A title after the name, OCR joining the title printed on the letterhead's row: "… Invoice", "… ME Fatura", "… Lda
    /// FATURA-RECIBO" (a compound title of two title words), in each label language.
    /// </summary>
    [GeneratedRegex(@"[\s\-–_|]+(?:(?:tax|sales|commercial|pro\s*-?\s*forma)\s+)?(?:[il]nvo[il]ce|receipt|\w*factuur|facture|factura|fattura|fatura|\w*rechnung|recibo|quittung|kassenbon|scontrino|ricevuta|kassabon|kwitantie|quotation|statement|hoa\s*don(?:\s+(?:ban\s*hang|gia\s*tri\s*gia\s*tang))?)(?:\s*-\s*(?:recibo|receipt))?(?:\s+(?:simplificada|simplifiee|semplificata))?\W*$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TrailingHeading();

    /// <summary>A direct debit names the customer's account: its holder is not the payee.</summary>
    [GeneratedRegex(@"prelev|direct\s*debit|lastschrift|debited|incasso|domiciliation|sepa\s*mandat", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    public static partial Regex DirectDebit();

    /// <summary>"Công ty CP Thành Đạt Số" (the "Số:" of the column to its right).</summary>
    [GeneratedRegex(@"\s+(?:s[o6]|no|n[°º])\.?\s*[:#]?\s*$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TrailingNumberLabel();

    /// <summary>OCR specks before a name: "-_ Lindqvist Design GmbH", ". KMF FOODICIOUS".</summary>
    [GeneratedRegex(@"^[^\p{L}\p{N}(""'“]+", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex LeadingJunk();

    [GeneratedRegex(@"\s+(?:service\s+(?:abonnes?|clients?|clientele)|customer\s+(?:service|care|support)|(?:billing|accounts?)\s+department|kundenservice|klantenservice)\W*$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TrailingDepartment();

    /// <summary>The separator of a window-envelope sender line: " - ", " – ", " · ", " | ", " • ".</summary>
    [GeneratedRegex(@"\s+[-–·|•]\s+", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SenderSeparator();

    /// <summary>A street line ("4557 De Silva St", "27, Jalan Kenanga 9", "No. 1,") or a postal-code line.</summary>
    [GeneratedRegex(@"^\W*(?:no\.?\s*)?\d{1,5}[a-z]?\s*,?\s+[a-z]{2,}|^\W*no\.?\s*\d|\b(?:jalan|jln|street|st|road|rd|avenue|ave|taman|lorong|blvd|boulevard|lane|drive|rue|strasse|straße|weg|laan|duong|p\.?o\.?\s*box|avda|avenida|calle|plaza|paseo|via|viale|corso|piazza|rua|praca|platz|gasse|allee|straat|plein|gracht|kade)\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    public static partial Regex AddressLine();

    /// <summary>OCR reads the Malaysian "SDN BHD" as "SON BHD" / "S0N BHD".</summary>
    [GeneratedRegex(@"\bS[O0]N\.?\s*BHD\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SonBhd();

    /// <summary>A zero between the letters of a dotted legal form is the letter O: "V.0.F." is "V.O.F.".</summary>
    [GeneratedRegex(@"(?<=\b\p{Lu}\.)0(?=\.\p{Lu}?)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex ZeroForO();

    /// <summary>
    /// One or more title words at the start of a line, with something after them: the titles of the label languages,
    /// compound ("FATURA-RECIBO") or not, and a number label the title's number is printed elsewhere for ("FATTURA N.",
    /// "Factura n.º"), OCR joining the title with the letterhead printed on its row.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:tax|sales|commercial|simplified|simplificada|simpli\s*ficada|simplifiee|semplificata|vereinfachte|pro\s*-?\s*forma|[il]nvo[il]ce|receipt|\w*factuur|fact\s?u\s?re|factura|fattura|fatura|\w*rechnun\s?g|recibo|recu|quittung|kassenbon|kassabon|scontrino|ricevuta|kwitantie|talao|cupom\s*fiscal|nota\s*fiscal|ticket\s*de\s*(?:caisse|compra)|documento\s*commerciale|hoa\s*don|phieu\s*(?:thanh\s*toan|tinh\s*tien))\b\W*)+(?:(?:nr|no|n)\b[.ºo°]*\s*)?(?=\p{L})", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    internal static partial Regex LeadingHeading();

    /// <summary>"S/B" (Sdn Bhd) at the end of a name with its S read as a 5 and its B as an 8 or not.</summary>
    [GeneratedRegex(@"\b5/B\b|\b5/8(?=\W*$)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex FiveForS();

    /// <summary>"Owned by:" (OCR: "vned By:"), "Operated by", "A member of": the next lines name another company.</summary>
    [GeneratedRegex(@"(?:\bow|\bv|\bw)ned\s*by\b|\b(?:operated|managed)\s*by\b|\b(?:member|subsidiary|division)\s*of\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    public static partial Regex Owner();

    [GeneratedRegex(@"(?<=[A-Z.])¥(?=[A-Z.])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex YenForY();

    [GeneratedRegex(@"\s*\(\s*(?:co\W*(?:reg|no)\w*\W*)?[\d&$](?:[\d\s&]|(?<=\d)[so](?=\d)){3,}\s*-?\s*[a-z]?\s*\)?\W*$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TrailingRegistration();

    /// <summary>
    /// "(728515-M)", "(&amp;1109-A)", "Co-REG;860671-D": a company registration number on its own line, a digit perhaps
    /// read as S or O between two others.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:co\W*reg\w*\W*)?[\d&$](?:[\d\s&]|(?<=\d)[so](?=\d)){3,}\s*-?\s*[a-z]\W*$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    public static partial Regex RegistrationLine();

    [GeneratedRegex(@"^\W*(?:co\b|\(m\)|sdn|bhd|&|ltd|limited|gmbh|ag\b|kg\b|ug\b|s\.\s?[alpr]\.|sarl|sas\b|srl\b|b\.\s?v|n\.\s?v|v\.[o0]\.f|lda\b|llc\b|inc\b|pte\b|pvt\b|plc\b|de\s*c\.\s?v)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    public static partial Regex SuffixOnly();

    /// <summary>Legal forms written after the name, where the name ends.</summary>
    [GeneratedRegex(@"\b(?:s\.\s?a\.\s?r\.\s?l|s\.\s?a\.\s?s|s\.\s?a\.\s*de\s*c\.\s?v|s\.\s?p\.\s?a|gmbh\s*&\s*co\.?\s*kg|ug\s*\(haftungsbeschrankt\)|s[do0]n\.?\s*bhd|bhd|s/b|(?:pvt|pte)\.?\s*(?:ltd|limited)|ltd|limited|inc|llc|gmbh|ag|b\.\s?v|bv|n\.\s?v|s\.\s?a|sarl|s\.a\.r\.l|sas|eurl|s\.?l\.?u?|s\.\s?p\.\s?a|s\.?r\.?l|s\.n\.c|s\.a\.s|lda|ltda|v\.o\.f|bvba|e\.k|kg|pty|corp(?:oration)?|co(?=\.|\s*(?:$|,|\(|ltd|limited|inc|kg|llc|pte|pvt|sdn|bhd))|plc)(?:\.|\b|(?<=\)))", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    public static partial Regex LegalForm();

    /// <summary>A legal form, or a word that marks a company before or after its name ("Công ty", "Syarikat", "Trading").</summary>
    [GeneratedRegex(@"\b(?:s[do0]n\.?\s*bhd|bhd|s/b|ltd|limited|inc|llc|gmbh|ag|b\.\s?v|bv|n\.\s?v|s\.\s?a|sarl|s\.a\.r\.l|sas|eurl|s\.l|slu|s\.\s?p\.\s?a|s\.?r\.?l|s\.n\.c|s\.a\.s|lda|ltda|v\.o\.f|bvba|e\.k|pty|corp(?:oration)?|plc|pvt|pte|sl(?=\W*$)|ohg|(?<!\d\s?)kg|ug(?=\s*\()|company|cong\s*ty|tnhh|co\s*phan|cua\s*hang|nha\s*sach|doanh\s*nghiep|syarikat|enterprise|trading)\b|\bco\.", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    public static partial Regex CompanySuffix();
}

namespace OcrAsync.Core.Invoices;

/// <summary>
/// Invoice number candidates: the value after each number label on its segment, else to its right on the same row, else
/// under it (<see cref="Candidates"/>); <see cref="FieldResolver"/> decides among them.
/// </summary>
internal static partial class InvoiceNumberFinder
{
    /// <summary>Label tiers: "Invoice No" and the lexicon's number labels, one of them damaged by OCR, a bare "No." / "Nr." / "Số", a heading ("INVOICE").</summary>
    private const double Strong = 1.0, Damaged = 0.85, Weak = 0.75, Heading = 0.7;

    /// <summary>A page with this many letters only Vietnamese writes (ơ, ư, ă, đ, vowels with a dot below or a hook) is in Vietnamese.</summary>
    private const int VietnameseLetterCount = 3;

    /// <summary>
    /// The number the resolver picks; one no label gave (<see cref="Unlabelled"/>: a code-shaped token somewhere on the
    /// page) is flagged <see cref="ExtractedField.Guessed"/>, so <see cref="Processing.KeyFieldReread"/> reads the page
    /// closer for a labelled one, as it does for a guessed total.
    /// </summary>
    public static ExtractedField? Find(InvoiceLayout layout) =>
        FieldResolver.Pick(Candidates(layout), ResolverWeights.InvoiceNumber) is { } picked
            ? picked.Field with
            {
                Value = DocumentNumberPrefix.Repair(RestoreVietnameseSeries(picked.Field.Value, layout)),
                Guessed = picked.Features.Direction == LabelDirection.None,
            }
            : null;

    /// <summary>
    /// "HĐ" (hóa đơn) opens Vietnamese invoice numbers, and OCR drops the stroke of its Đ far more often than it reads
    /// an unstroked D there: on a page written in Vietnamese, "HD" directly followed by digits is read "HĐ". A hyphenated
    /// "HD-…" is left as printed.
    /// </summary>
    internal static string RestoreVietnameseSeries(string value, InvoiceLayout layout) =>
        value.Length > 2 && value.StartsWith("HD", StringComparison.Ordinal) && char.IsAsciiDigit(value[2]) && IsVietnamese(layout)
            ? "HĐ" + value[2..]
            : value;

    private static bool IsVietnamese(InvoiceLayout layout) =>
        layout.Lines.Sum(l => VietnameseLetters.Count(l.Text)) >= VietnameseLetterCount;

    public static List<FieldCandidate> Candidates(InvoiceLayout layout)
    {
        var lines = layout.Lines;
        var candidates = new List<FieldCandidate>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var strong = InvoiceLabels.InvoiceNumber().Match(line.Label);
            var match = strong.Success ? strong : InvoiceLabels.InvoiceNumberWeak().Match(line.Label);
            var title = match.Success ? null : InvoiceLabels.InvoiceHeading().Match(line.Label);
            // A number label OCR damaged by one character ("Ne da fatura:"): between a strong and a weak label.
            var damaged = match.Success || title is { Success: true } ? null : FuzzyLabel.Match(line.Label, "invoice_number");
            if (!match.Success && title is not { Success: true } && damaged is null)
            {
                continue;
            }

            // A document's title and nothing else ("RECEIPT", "SCONTRINO", "BELEG") is no number label that OCR damaged
            // ("receipt #" without its sign) nor a bare one: on tuning receipts it took the address above it or an item
            // row's cents under it. A heading that names another field ("Invoice Date:", "Invoice Total") labels that field.
            if ((!strong.Success && (match.Success || damaged is not null) && VendorLineText.HeadingOnly().IsMatch(line.Label))
                || (title is { Success: true } && NamesOtherField(line.Label)))
            {
                continue;
            }

            // A heading ("INVOICE", "HÓA ĐƠN BÁN HÀNG", a table header "Factuur") only ever labels a value beside it,
            // or, when it stands alone, under it: weakest of all labels.
            title = damaged is null ? title : null;
            var alone = title is { Success: true } && !title.Groups["rest"].Value.Any(char.IsLetter);
            var tier = strong.Success ? Strong : damaged is not null ? Damaged : title is not null ? Heading : Weak;
            var factor = tier;
            var rest = title is not null ? "" : line.Text[(damaged ?? match.Index + match.Length)..];
            var value = FirstValue(rest, strong.Success);
            var source = line;
            var direction = LabelDirection.Inline;
            if (value is null && !rest.Any(char.IsLetterOrDigit))
            {
                // A ruled box or a column puts the value far to the right of its label, or under it.
                // A label printed under its value (a header row of values over a row of captions) is the last resort.
                // Past the row's reach, a value right-aligned at the end of a receipt row comes after the nearer places.
                ReadOnlySpan<(InvoiceTextLine?, double, LabelDirection)> neighbours = title is not null && !alone
                    ? [(layout.RightOf(line), 0.95, LabelDirection.Right)]
                    : title is not null
                        ? [(layout.RightOf(line), 0.95, LabelDirection.Right), (layout.Below(line), 0.9, LabelDirection.Below), (layout.Next(line), 0.85, LabelDirection.Next)]
                        : [(layout.RightOf(line), 0.95, LabelDirection.Right), (layout.Below(line), 0.9, LabelDirection.Below), (layout.Next(line), 0.85, LabelDirection.Next), (layout.RowEnd(line), 0.8, LabelDirection.Right), (layout.Above(line), 0.8, LabelDirection.Above), (layout.BelowFar(line), 0.75, LabelDirection.Below)];
                foreach (var (next, weight, where) in neighbours)
                {
                    // A neighbour with a label of its own ("Steuer-Nr.: 0757751147" above "Rechnung Nr.") holds that label's value,
                    // and so does one that opens with another number's label, colon or not ("Tel. (547) 858-6876"), or with a
                    // date's ("Ngày 91 tháng 03 năm 2023" under "Số:", a day OCR misread so that no date is read there).
                    if (next is not null && !OwnLabelRegex().IsMatch(next.Label) && OtherNumberRegex().Match(next.Label) is not { Success: true, Index: 0 }
                        && !OpensWithDateLabel(next.Label) && FirstValue(next.Text, strong.Success) is { } found)
                    {
                        (source, value, direction) = (next, found, where);
                        factor *= weight;
                        break;
                    }
                }
            }
            else if (value is null && title is null && match.Index <= 1 && rest.Any(char.IsLetter) && !rest.Any(char.IsAsciiDigit) && layout.Below(line) is { } row && FirstValue(row.Text, strong.Success) is { } first)
            {
                // A header row of captions over a row of values ("Doc. no.  Date  Due by" over "INV-7  2021-05-05  …"):
                // the first caption labels the first value.
                (source, value, direction) = (row, first, LabelDirection.HeaderRow);
                factor *= 0.85;
            }

            if (value is null)
            {
                continue;
            }

            candidates.Add(new FieldCandidate(source.ToField(value, source.Confidence * factor), new CandidateFeatures
            {
                LabelStrength = tier,
                Direction = direction,
                ReadingPosition = layout.ReadingPosition(line),
                PagePosition = layout.PagePosition(source),
                TextHeight = layout.TextHeight(source),
                Format = IsAmountPart(value, source.Text) ? AmountShape : IdentifierShape(value),
            }));
        }

        candidates.AddRange(Unlabelled(layout));
        return candidates;
    }

    /// <summary>
    /// Codes shaped like a document number printed without a label OCR kept ("FA-214933", "2026/339", "R4421906"): a
    /// letter prefix or a separator with digits, not a date, not on a line that names another number (tax, order, phone),
    /// not a postcode followed by its town ("3000-389 Coimbra").
    /// The weakest candidates: they only count when no label names a value.
    /// </summary>
    private static IEnumerable<FieldCandidate> Unlabelled(InvoiceLayout layout)
    {
        foreach (var line in layout.Lines)
        {
            foreach (var m in Codes(line.Text, line.Label))
            {
                yield return new FieldCandidate(line.ToField(m.Value, line.Confidence * 0.5), new CandidateFeatures
                {
                    Direction = LabelDirection.None,
                    ReadingPosition = layout.ReadingPosition(line),
                    PagePosition = layout.PagePosition(line),
                    TextHeight = layout.TextHeight(line),
                    Format = IdentifierShape(m.Value),
                });
            }
        }
    }

    /// <summary>
    /// The codes (<see cref="CodeRegex"/>) of a line that names no other number (tax, order, phone, customer),
    /// none of them a date, a phone number or a postcode followed by its town.
    /// </summary>
    private static IEnumerable<Match> Codes(string text, string label)
    {
        if (OtherNumberRegex().IsMatch(label) || InvoiceLabels.TaxDistractor().IsMatch(label) || InvoiceLabels.Customer().IsMatch(label))
        {
            yield break;
        }

        var dates = InvoiceDateParser.FindAll(text).ToList();
        foreach (Match m in CodeRegex().Matches(text))
        {
            if (!dates.Any(d => m.Index < d.Index + d.Length && d.Index < m.Index + m.Length) && !InvoiceDateParser.TryParse(m.Value, out _)
                && !IsPhone(m.Value, strongLabel: false) && !CityAfterRegex().IsMatch(text, m.Index + m.Length)
                && !AreaCodeBeforeRegex().IsMatch(text[..m.Index])
                && !(m.Value.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && CurrencyDetector.FromToken(m.Value[..space]) is not null))
            {
                yield return m;
            }
        }
    }

    private static bool NamesOtherField(string label) =>
        InvoiceLabels.InvoiceDate().IsMatch(label) || InvoiceLabels.TotalStrong().IsMatch(label) || InvoiceLabels.TotalPlain().IsMatch(label);

    private static bool OpensWithDateLabel(string label) =>
        InvoiceLabels.InvoiceDate().Match(label) is { Success: true, Index: 0 } || InvoiceLabels.GenericDate().Match(label) is { Success: true, Index: 0 };

    private const double AmountShape = 0.3;

    /// <summary>
    /// The value is the whole part of an amount with decimals printed there ("50 012,82" read up to "50012", "€22.154,60"
    /// up to "22.154"): a total beside a heading or a label OCR misread, no document number.
    /// </summary>
    private static bool IsAmountPart(string value, string text) =>
        value.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ')
        && AmountParser.FindAll(text).Any(m => m.HasDecimals && decimal.Truncate(m.Amount).ToString(System.Globalization.CultureInfo.InvariantCulture) == new string([.. value.Where(char.IsAsciiDigit)]));

    /// <summary>How much a token looks like a document number: 1 for a code or a number of three digits or more, less for a two-digit one or an amount with decimals.</summary>
    internal static double IdentifierShape(string value) =>
        AmountShapeRegex().IsMatch(value) ? AmountShape
        : value.Count(char.IsLetterOrDigit) <= 2 ? 0.6
        : 1;

    /// <summary>The first token that holds a digit and is neither a date nor a phone number (after a strong label, one printed as a phone).</summary>
    private static string? FirstValue(string text, bool strongLabel = false)
    {
        if (IsPhone(text.Trim(), strongLabel))
        {
            return null;
        }

        // OCR puts a space beside the hyphen of a number ("INV- 2022-3966", "HD -52562", "HD - 26797"), and reads a short hyphen
        // between digits as a tilde or a long dash ("9~131958", "4–244688"): one identifier, not two tokens.
        text = HyphenGapRegex().Replace(DashLookAlikeRegex().Replace(text, "-"), "-");
        var dates = InvoiceDateParser.FindAll(text).ToList();
        foreach (Match m in TokenRegex().Matches(text))
        {
            // "07" of "Ngày 07 tháng 12 năm 2023" is part of a date.
            if (dates.Any(d => m.Index < d.Index + d.Length && d.Index < m.Index + m.Length))
            {
                continue;
            }

            var token = m.Value.TrimEnd('.', ',', ':', ';', '-');
            // The decimals of an amount printed with a comma ("55" of "2x47,55"): no number.
            if (m.Index >= 2 && text[m.Index - 1] == ',' && char.IsAsciiDigit(text[m.Index - 2]))
            {
                continue;
            }

            // A label OCR read with a digit ("N.9", "N9" for "Nº") is not its own value.
            if (InvoiceLabels.InvoiceNumberWeak().IsMatch(TextFolding.LabelForm(token)))
            {
                continue;
            }

            if (token.Length >= 2 && token.Any(char.IsAsciiDigit) && !QuantityTimesPriceRegex().IsMatch(token)
                && !InvoiceDateParser.TryParse(token, out _) && !IsPhone(token, strongLabel))
            {
                return token;
            }

            // A series prefix printed apart from its number ("FPR 195907", "FT 2024/31"); a currency code, or letters whose
            // digits go on as an amount's groups or decimals, are an amount's ("FACTURE N° CHF 7957,26", "Factura n.° MXN
            // 28 427,86": a total beside the title).
            if (m.Index <= 1 && SeriesPrefixRegex().Match(text, m.Index) is { Success: true } series && series.Index == m.Index
                && CurrencyDetector.FromToken(token) is null && !AmountTailRegex().IsMatch(text, series.Index + series.Length))
            {
                return series.Value;
            }

            // Only the first word or two after a label can be the number ("Invoice No: Date 12/01" is not).
            if (m.Index > 0 && token.Any(char.IsLetter) && !token.Any(char.IsAsciiDigit))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A phone number: a leading + or 0 and digit groups, the first hyphen after the area code. Unseparated digits count only from ten on (a mobile number):
    /// shorter ones with leading zeros are document numbers ("00204045"). After a strong label ("Số HĐ: 002019-5292") only
    /// a number printed the way phones are (a +, parentheses or spaced groups) is a phone.
    /// </summary>
    private static bool IsPhone(string text, bool strongLabel) =>
        PhoneRegex().IsMatch(text) && !LongFirstGroupRegex().IsMatch(text)
        && (strongLabel ? text.Any(c => c is ' ' or '+' or '(') : text.Any(c => !char.IsAsciiDigit(c)) || text.Length >= 10);

    /// <summary>
    /// A code: a letter prefix and digits ("R4421906", "FA-214933", "INV-2021-9807") or digits with a slash or hyphen
    /// ("2026/339"), with the series printed before it apart ("FT 2019-7021", "FT 75259": <see cref="Codes"/> leaves out
    /// a currency code before a whole amount), or a till's one-digit series and its number ("4-529319": its label lost or
    /// garbled; a phone's or postcode's first group has two digits or more).
    /// </summary>
    [GeneratedRegex(@"(?<![\w/\-.,])(?:[1-9]-\d{5,7}|[A-Z]{1,4}-?\d{4,}(?:[-/]\d+)*|[A-Z]{1,4}-?\d{2,}[-/]\d{2,}(?:[-/]\d+)*|(?:\p{Lu}{2,3} )?\d{2,4}[/-]\d{3,}(?:[-/]\d+)*|\p{Lu}{2,3} \d{4,}(?! \d))(?![\w/\-]|[.,]\d)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex CodeRegex();

    /// <summary>An area code in parentheses right before a code: "(122) 661-5929" is a phone number's local part.</summary>
    [GeneratedRegex(@"\(\d{2,4}\)\s*$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex AreaCodeBeforeRegex();

    /// <summary>A town's name right after a code: the code is a postcode ("4000-064 Porto", "1100-053 Lisboa").</summary>
    [GeneratedRegex(@"\G\s+\p{Lu}\p{Ll}{2,}", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex CityAfterRegex();

    /// <summary>
    /// Lines that name some other number: orders, customers, tax and company registrations, phones (the Vietnamese
    /// "Điện thoại", "ĐT", "SĐT", "Di động" too), accounts.
    /// </summary>
    [GeneratedRegex(@"\bp\.?\s*o\b|order|bestell|commande|pedido|ordine|bestelling|encomenda|don\s*hang|customer|client|kunden|klant|tel|phone|fax|mobile|hotline|dien\s*thoai|\bs?dt\b|di\s*dong|iban|bic|swift|account|konto|compte|cuenta|conto|rekening|conta|siret|siren|cnpj|cpf|nif|nie|cif|vat|tva|ust|mwst|btw|iva|gst|mst|ma\s*so|steuer|tax|reg|kvk|rcs|abn|acn|\bref\s*client|due|postcode|zip", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex OtherNumberRegex();

    /// <summary>An amount: grouped ("1,234.56", "1.234,56") or not ("9482.04").</summary>
    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})*\.\d{2}$|^\d{1,3}(?:\.\d{3})*,\d{2}$|^\d+[.,]\d{2}$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex AmountShapeRegex();

    /// <summary>A segment that starts with words and a colon before any digit: a label and its own value.</summary>
    [GeneratedRegex(@"^[^\d:]*[a-z][^\d:]*:", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex OwnLabelRegex();

    [GeneratedRegex(@"(?<=[A-Za-z0-9])-\s(?=\d)|(?<=[A-Za-z])\s-(?=\d)|(?<=\b\p{Lu}{1,4})\s+-\s+(?=\d)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex HyphenGapRegex();

    /// <summary>A tilde or an en/em dash OCR read for the hyphen between a number's parts: "9~131958", "INV–2024–17".</summary>
    [GeneratedRegex(@"(?<=[A-Za-z0-9])[~\u2013\u2014](?=\d)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex DashLookAlikeRegex();

    /// <summary>A series prefix and its number: "FPR 195907", "FT 2024/31", a lettered series "FT A/123", the Vietnamese "HĐ 72071".</summary>
    [GeneratedRegex(@"\G\p{Lu}{2,4} (?:[A-Z]{1,3}/)?\d[\w\-/]*\d", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SeriesPrefixRegex();

    /// <summary>Two decimals, or a group of three digits after a space (plain, no-break, narrow) or an apostrophe: an amount goes on.</summary>
    [GeneratedRegex(@"\G(?:[.,]\d{2}(?!\d)|[ \u00a0\u202f']\d{3}(?!\d))", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex AmountTailRegex();

    /// <summary>
    /// An item row's quantity and unit price ("4x34.70", "3x", "2×12,40"): what a heading or a bare label finds under it is
    /// no number then. A capital X is a number's series letter ("2X69345").
    /// </summary>
    [GeneratedRegex(@"^\d{1,3}[x×](?:\d+(?:[.,]\d{2})?)?$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex QuantityTimesPriceRegex();

    [GeneratedRegex(@"#?[A-Za-z0-9][\w\-/.#]*", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TokenRegex();

    /// <summary>Five digits or more before a hyphen ("002019-4062"): a dialled number's hyphen follows its area code (2–4 digits).</summary>
    [GeneratedRegex(@"^\d{5,}-\d{3,}$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex LongFirstGroupRegex();

    [GeneratedRegex(@"^\+\s?\d|^\(?0\d{1,3}\)?[-\s]?\d{3,4}[-\s]?\d{3,4}$|^\d{3}-\d{3,4}-\d{4}$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex PhoneRegex();
}

namespace OcrAsync.Core.Processing;

/// <summary>
/// Second reads driven by what the extractor could not find (the invoice number, the date or the total missing, or a
/// total only guessed), each fed to the same extractor, of which only the missing fields are taken:
/// <list type="bullet">
/// <item>a narrow photographed or scanned page 1 (a till receipt, where those misses are print the first read did not
/// produce) is read again whole with other preprocessing (<see cref="SecondReads"/>; the engine says from the first
/// read whether it would, <see cref="IPageRecognizer.MayReadPageAgain"/>);</item>
/// <item>on any page 1 the engine read, the region of each still missing field's label is read again closer
/// (<see cref="KeyFieldRegions"/>: a value cut, lost or stacked under its label at the first read), its rows in place of
/// the first read's words there. On tuning seeds 4, 7 and 8 it filled 4 numbers, 6 dates and 1 total and changed no
/// other field (BENCHMARKS.md).</item>
/// </list>
/// A value the first read found is kept even when weak: on tuning receipts every weak value the second read replaced (a
/// higher extractor confidence) was a wrong one ("77.50" became "7" under a total label), while every field it filled
/// was right; the closer region read did no better on weak values of seeds 4 and 7 (three replaced, none right).
/// The one exception is a value that looks cut off (<see cref="Cut"/>: "190,", "R4682("), which the second reads may
/// only continue (<see cref="Complete"/>): on tuning seeds 7, 11 and 42 that completed four numbers and four totals a
/// faded band had cut.
/// At most one page read and one call of region reads per document, both only when a key field is missing or cut.
/// </summary>
internal static partial class KeyFieldReread
{
    internal static readonly IReadOnlyList<string> KeyFields = ["invoice_number", "date", "total_amount"];

    public static async Task<InvoiceData> ApplyAsync(InvoiceData invoice, FirstRead firstRead, CancellationToken cancellationToken)
    {
        if (firstRead.OcrPageOneImage is not { } image)
        {
            return invoice;
        }

        var page = firstRead.Pages[0];
        var languages = firstRead.Request.Languages;
        var wanted = Missing(invoice);
        var cut = Cut(invoice);
        if (wanted.Count + cut.Count > 0 && firstRead.Recognizer.MayReadPageAgain(page)
            && await firstRead.Recognizer.ReadPageAgainAsync(image, 1, languages, cancellationToken) is { } again)
        {
            var second = firstRead.ExtractWith(again);
            invoice = Complete(Fill(invoice, second, wanted), second, cut);
            (wanted, cut) = (Missing(invoice), Cut(invoice));
        }

        List<string> asked = [.. KeyFields.Where(f => wanted.Contains(f) || cut.Contains(f))];
        if (asked.Count == 0 || await ReadRegionsAsync(firstRead.Recognizer, page, asked, image, languages, cancellationToken) is not { } closer)
        {
            return invoice;
        }

        var regions = firstRead.ExtractWith(closer);
        return Complete(Fill(invoice, regions, wanted), regions, cut);
    }

    /// <summary>
    /// The invoice number and total when the first read looks cut off on the page: a total whose decimals end in a bare
    /// mark ("190,", "247,8.", a faded band or the paper's edge took the rest), a number with a stray sign glued to it
    /// ("R4682(", "R3€"), parted by a mark from the rest of its digits ("R98. 2489"), or only a series and one digit ("R7"). Both then get the second reads,
    /// and a value a second read gives longer is taken (<see cref="Complete"/>). Empty when neither looks cut.
    /// </summary>
    internal static IReadOnlyList<string> Cut(InvoiceData invoice)
    {
        var total = invoice.Fields.TryGetValue("total_amount", out var t) && !t.Guessed && (CutAmountRegex().IsMatch(t.Raw) || LostDecimals(t, invoice));
        var number = invoice.Fields.TryGetValue("invoice_number", out var n) && (GluedSign(n) || SplitByMark(n) || SeriesOnly(n));
        return invoice.Source is not null || !(total || number) ? [] : [.. Extendable.Where(invoice.Fields.ContainsKey)];
    }

    private static readonly string[] Extendable = ["invoice_number", "total_amount"];

    /// <summary>The number's value directly followed by a sign no number ends with (a bracket opened, a currency, a cent sign).</summary>
    private static bool GluedSign(ExtractedField number)
    {
        var raw = number.Raw;
        var at = raw.IndexOf(number.Value, StringComparison.Ordinal);
        var after = at < 0 || at + number.Value.Length >= raw.Length ? ' ' : raw[at + number.Value.Length];
        return !char.IsLetterOrDigit(after) && !char.IsWhiteSpace(after) && ".,:;)]-/".IndexOf(after, StringComparison.Ordinal) < 0;
    }

    /// <summary>
    /// <paramref name="first"/> with each of <paramref name="cut"/> replaced by <paramref name="second"/>'s value when that
    /// is the first one continued ("R4682" → "R4682057", 190 → 190.20): the rest the first read lost. Every other value,
    /// and a second value that differs otherwise, stays the first read's. The review reasons about a replaced total
    /// (its arithmetic, its payment) follow it.
    /// </summary>
    internal static InvoiceData Complete(InvoiceData first, InvoiceData second, IReadOnlyList<string> cut)
    {
        List<string> longer = [.. cut.Where(name => first.Fields.TryGetValue(name, out var a) && second.Fields.TryGetValue(name, out var b)
            && !b.Guessed && b.Value.Length > a.Value.Length && b.Value.StartsWith(a.Value, StringComparison.Ordinal))];
        if (longer.Count == 0)
        {
            return first;
        }

        var total = longer.Contains("total_amount");
        return Take(first, second, longer, reason => About(longer, reason) || (total && AboutTotal(reason)));
    }

    /// <summary>The reasons the extractor gives about a total's arithmetic and payment ("total 345.00 differs from …", "subtotal + tax (…) does not match total (…)").</summary>
    private static bool AboutTotal(string reason) =>
        reason.StartsWith("total ", StringComparison.Ordinal) || reason.StartsWith("subtotal + tax", StringComparison.Ordinal);

    /// <summary>
    /// The number's value followed by a mark and more digits ("R98. 2489" for R9822489): a speck or a faded stroke read
    /// as punctuation parted it, and only its head was taken.
    /// </summary>
    private static bool SplitByMark(ExtractedField number)
    {
        var at = number.Raw.IndexOf(number.Value, StringComparison.Ordinal);
        return at >= 0 && SplitTailRegex().IsMatch(number.Raw[(at + number.Value.Length)..]);
    }

    /// <summary>
    /// A series and a few digits ("R7" for R7230400, "R556" for R5561864, "9-93" for 9-936794): on tuning receipts OCR
    /// dropped the rest of such a word with nothing left to show it (a faded band over the right end of the rows), and
    /// few documents are numbered by one to four digits after a series. Only a longer value that continues it is taken
    /// (<see cref="Complete"/>), so a number really printed so stays; such a page costs one more read.
    /// </summary>
    private static bool SeriesOnly(ExtractedField number) => SeriesOnlyRegex().IsMatch(number.Value);

    [GeneratedRegex(@"^(?:\p{L}{1,3}\d{1,4}|\d{1,2}-\d{1,3})$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SeriesOnlyRegex();

    /// <summary>
    /// A total read as a whole number ("605", "TOTAL 70") on a page whose subtotal or tax prints two decimals: the same
    /// band that cut a number takes an amount's decimals, and the till prints every amount alike.
    /// </summary>
    private static bool LostDecimals(ExtractedField total, InvoiceData invoice) =>
        !DecimalsRegex().IsMatch(total.Raw)
        && ((string[])["subtotal", "tax_amount"]).Any(name => invoice.Fields.TryGetValue(name, out var f) && DecimalsRegex().IsMatch(f.Raw));

    /// <summary>Two decimals after a point or comma.</summary>
    [GeneratedRegex(@"\d[.,]\d{2}(?!\d)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex DecimalsRegex();

    /// <summary>A mark, at most one space, and digits right after a number's value.</summary>
    [GeneratedRegex(@"^[.,:;] ?\d", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SplitTailRegex();

    /// <summary>An amount ending in a bare decimal mark, or in one decimal digit and a mark: "190,", "247,8.", "54.1.".</summary>
    [GeneratedRegex(@"\d[.,](?:\d[.,])?\s*$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex CutAmountRegex();

    /// <summary>
    /// Page 1 with the regions of the <paramref name="wanted"/> fields' labels read again closer (<see cref="KeyFieldRegions"/>),
    /// in one engine call; null when no label of them was read or the closer read gave nothing.
    /// </summary>
    private static async Task<OcrPageResult?> ReadRegionsAsync(
        IPageRecognizer recognizer, OcrPageResult page, IReadOnlyList<string> wanted, ReadOnlyMemory<byte> image, string? languages, CancellationToken cancellationToken)
    {
        var regions = KeyFieldRegions.For(page, wanted);
        if (regions.Count == 0)
        {
            return null;
        }

        var read = await recognizer.ReadLinesAsync(image, page.PageNumber, regions, languages, cancellationToken);
        List<(BoundingBox, OcrLine)> found = [.. regions.Zip(read).Where(r => r.Second is not null).Select(r => (r.First.Box, r.Second!))];
        return found.Count == 0 ? null : KeyFieldRegions.Merge(page, found);
    }

    /// <summary>
    /// The key fields the first read did not give, and a total or number it only guessed (the largest amount on the page,
    /// when no total label was read: the amounts column of a receipt the first read lost, as much a miss as no total at
    /// all; a code-shaped token no label named).
    /// </summary>
    internal static IReadOnlyList<string> Missing(InvoiceData invoice) =>
        invoice.Source is not null ? [] // The document's own XML: nothing was read.
            : [.. KeyFields.Where(name => !invoice.Fields.ContainsKey(name) || Guessed(invoice, name))];

    private static bool Guessed(InvoiceData invoice, string name) => invoice.Fields.TryGetValue(name, out var field) && field.Guessed;

    /// <summary>
    /// <paramref name="first"/> with each of <paramref name="missing"/> that <paramref name="second"/> found and the first
    /// read did not (or only guessed); every other field stays the first read's. The review reasons follow the field.
    /// </summary>
    internal static InvoiceData Fill(InvoiceData first, InvoiceData second, IReadOnlyList<string> missing)
    {
        // A guessed total gives way only to one the second read did not guess.
        List<string> filled = [.. missing.Where(name => second.Fields.ContainsKey(name)
            && (!first.Fields.ContainsKey(name) || (Guessed(first, name) && !Guessed(second, name))))];
        return filled.Count == 0 ? first : Take(first, second, filled, reason => About(filled, reason));
    }

    /// <summary>A review reason about one of <paramref name="names"/> (the extractor starts each with the field's name).</summary>
    private static bool About(IReadOnlyList<string> names, string reason) => names.Any(name => reason.StartsWith(name + " ", StringComparison.Ordinal));

    /// <summary>
    /// <paramref name="first"/> with <paramref name="taken"/> fields from <paramref name="second"/>; the review reasons
    /// <paramref name="about"/> them come from the second read too, the others stay the first's.
    /// </summary>
    internal static InvoiceData Take(InvoiceData first, InvoiceData second, IReadOnlyList<string> taken, Func<string, bool> about)
    {
        var fields = new Dictionary<string, ExtractedField>(first.Fields);
        foreach (var name in taken)
        {
            fields[name] = second.Fields[name];
        }

        List<string> reasons = [.. first.ReviewReasons.Where(r => !about(r)), .. second.ReviewReasons.Where(about)];
        string? Value(string name) => fields.TryGetValue(name, out var f) ? f.Value : null;
        return first with
        {
            InvoiceNumber = Value("invoice_number"),
            Date = Value("date"),
            TotalAmount = Value("total_amount") is { } total ? decimal.Parse(total, CultureInfo.InvariantCulture) : null,
            Fields = fields,
            NeedsReview = reasons.Count > 0,
            ReviewReasons = reasons,
        };
    }
}

namespace OcrAsync.Core.Processing;

/// <summary>
/// A closer read of a found invoice number's and date's own words (<see cref="ValueWords"/>) on a till receipt: cropped
/// with room on each side, scaled to the text height Tesseract reads best and read as one line, both in one engine call;
/// its words take the place of the value's in the first read and the page is extracted again. The value so read is taken
/// only when it is the first one continued on one side (<see cref="Continues"/>): a head or end the first read lost or
/// misread as a sign ("3190" → 31905, "¿7217940" → R7217940, "2024.07.1" → 2024.07.11, "01-17-20" → 01-17-2019).
/// Measured on tuning receipts seeds 94–96 by reading every value: a closer read that spells a value otherwise (a digit
/// read another way) was as often wrong as right, so such a value is never taken. Only on the pages the engine would read
/// again whole (<see cref="IPageRecognizer.MayReadPageAgain"/>: narrow photographed or scanned pages, receipts): on A4
/// pages of the mixed tuning seeds a box's rule or a speck beside the value was read as a letter of it ("tNZ45468",
/// "1879682", "15.10.2026" for 5.10.2026) and no value was fixed. The total printed on the receipt is read in the same
/// call; its closer value is taken only when it completes cents the first read cut (<see cref="CutCentsContinued"/>) or
/// when the page's subtotal and tax add up to it and not to the first read (<see cref="AddsUp"/>): tuning receipts r70, r95,
/// r96 +4 totals, check sets r74, r97 +1 each, nothing lost. One engine call per receipt, up to three short lines.
/// </summary>
internal static partial class KeyValueReread
{
    private const string Total = "total_amount";

    private static readonly string[] Fields = ["invoice_number", "date", Total];

    public static async Task<InvoiceData> ApplyAsync(InvoiceData invoice, FirstRead firstRead, CancellationToken cancellationToken)
    {
        if (invoice.Source is not null || firstRead.OcrPageOneImage is not { } image)
        {
            return invoice;
        }

        var page = firstRead.Pages[0];
        if (!firstRead.Recognizer.MayReadPageAgain(page))
        {
            return invoice; // a clean render or an A4 page: see the summary
        }

        var asked = new List<(string Field, IReadOnlyList<OcrWord> Words, LineRead Read)>();
        foreach (var name in Fields)
        {
            if (invoice.Fields.TryGetValue(name, out var field) && field.Page == 1 && !field.Guessed
                && Span(name, field) is { } span && ValueWords.Find(page, field, span.At, span.Length) is { Count: > 0 } words)
            {
                asked.Add((name, words, new LineRead(ValueWords.ReadBox(page, words))
                {
                    LineHeight = VendorLineBand.LineHeight,
                    InkExponent = page.Kind == PageKind.Photo ? SecondReads.InkExponent : 1,
                }));
            }
        }

        if (asked.Count == 0)
        {
            return invoice;
        }

        var read = await firstRead.Recognizer.ReadLinesAsync(image, 1, [.. asked.Select(a => a.Read)], firstRead.Request.Languages, cancellationToken);
        foreach (var ((name, words, _), line) in asked.Zip(read))
        {
            if (line is not { Words.Count: > 0 })
            {
                continue;
            }

            var closer = firstRead.ExtractWith(ValueWords.Replace(page, words, line));
            var first = invoice.Fields[name];
            if (closer.Fields.TryGetValue(name, out var second) && SameRow(first, second) && !Taller(first, second)
                && Printed(name, first) is { } was && Printed(name, second) is { } now
                && (name == Total ? CutCentsContinued(was, now) || AddsUp(invoice, closer) : Continues(was, now)))
            {
                invoice = KeyFieldReread.Take(invoice, closer, [name], reason => name == Total
                    ? reason.StartsWith("total", StringComparison.Ordinal) || reason.Contains("match total", StringComparison.Ordinal)
                    : reason.StartsWith(name + " ", StringComparison.Ordinal));
            }
        }

        return invoice;
    }

    /// <summary>
    /// <paramref name="closer"/> is <paramref name="first"/> with letters or digits more on one side only (a hyphen, dot
    /// or slash among them): print the first read lost at the value's head or end. Compared folded (case, accents).
    /// A value read longer on both sides ("5-938428" → 85-93842858: specks beside it) or spelled otherwise is not.
    /// </summary>
    internal static bool Continues(string first, string closer)
    {
        var (a, b) = (TextFolding.Fold(first.Trim()), TextFolding.Fold(closer.Trim()));
        if (a.Length == 0 || b.Length <= a.Length)
        {
            return false;
        }

        var added = b.StartsWith(a, StringComparison.Ordinal) ? b[a.Length..]
            : b.EndsWith(a, StringComparison.Ordinal) ? b[..^a.Length]
            : null;
        return added is not null && added.Any(char.IsLetterOrDigit) && added.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '/');
    }

    /// <summary>
    /// A total whose cents the first read lost at its end ("817,4", "190.", "312.9") read again with both cents: the
    /// first continued (<see cref="Continues"/>) and nothing but the cents added.
    /// </summary>
    internal static bool CutCentsContinued(string first, string closer) =>
        Continues(first, closer) && CutCents().IsMatch(first.Trim()) && WholeCents().IsMatch(closer.Trim());

    /// <summary>
    /// A total read otherwise by the closer read ("53,31" for "53,00") is taken only when the page's own subtotal and
    /// tax add up to it to the cent and not to the first read: agreement, not trust in the second read.
    /// </summary>
    internal static bool AddsUp(InvoiceData first, InvoiceData closer) =>
        closer is { Subtotal: { } subtotal, TaxAmount: { } tax, TotalAmount: { } total }
        && first.Subtotal == subtotal && first.TaxAmount == tax && total == subtotal + tax && first.TotalAmount != total;

    [GeneratedRegex(@"\d[.,]\d?$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex CutCents();

    [GeneratedRegex(@"\d[.,]\d\d$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex WholeCents();

    /// <summary>
    /// The closer read's value stands much taller than the first's: a box's rule or a border beside the value was read
    /// as a letter of it ("tNZ45468", "1879682" on tuning A4 pages, 1.7 times the height); the fixes measured at most 1.13.
    /// </summary>
    private static bool Taller(ExtractedField first, ExtractedField second) =>
        first.Bbox is { } a && second.Bbox is { } b && b.Height > a.Height * MaxGrowth;

    private const double MaxGrowth = 1.3;

    private static bool SameRow(ExtractedField first, ExtractedField second) =>
        first.Page == second.Page && first.Bbox is { } a && second.Bbox is { } b && a.SharesRowWith(b);

    /// <summary>The value as printed in its segment: the number as found, the date's own text.</summary>
    private static string? Printed(string name, ExtractedField field) => Span(name, field) is { } span ? field.Raw.Substring(span.At, span.Length) : null;

    /// <summary>Where the value is printed in its segment's text (null when it is not found there as read, e.g. a number the extractor repaired).</summary>
    internal static (int At, int Length)? Span(string name, ExtractedField field)
    {
        if (name == "date")
        {
            foreach (var order in (DateOrder[])[DateOrder.DayFirst, DateOrder.MonthFirst])
            {
                foreach (var d in InvoiceDateParser.FindAll(field.Raw, order))
                {
                    if (d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == field.Value)
                    {
                        return (d.Index, d.Length);
                    }
                }
            }

            return null;
        }

        if (name == Total)
        {
            // The amount as printed in its segment ("817,4", "€34.65", "190." with the mark its cut cents leave), found by its value.
            if (!decimal.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                || AmountParser.FindAll(field.Raw).Where(m => m.Amount == amount).ToList() is not [var printed])
            {
                return null;
            }

            var end = printed.Index + printed.Length;
            return (printed.Index, end < field.Raw.Length && field.Raw[end] is '.' or ',' ? printed.Length + 1 : printed.Length);
        }

        var at = field.Raw.IndexOf(field.Value, StringComparison.Ordinal);
        return at < 0 ? null : (at, field.Value.Length);
    }
}

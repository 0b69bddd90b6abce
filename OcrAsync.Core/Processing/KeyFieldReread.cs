using System.Globalization;
using OcrAsync.Core.Invoices;
using OcrAsync.Core.Ocr;
using OcrAsync.Core.Ocr.Preprocessing;

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
/// At most one page read and one call of region reads per document, both only when a key field is missing.
/// </summary>
internal static class KeyFieldReread
{
    internal static readonly IReadOnlyList<string> KeyFields = ["invoice_number", "date", "total_amount"];

    public static async Task<InvoiceData> ApplyAsync(
        IPageRecognizer recognizer,
        InvoiceFieldExtractor extractor,
        InvoiceData invoice,
        IReadOnlyList<OcrPageResult> pages,
        PageImages images,
        ExtractionRequest request,
        CancellationToken cancellationToken)
    {
        if (pages.Count == 0 || pages[0].Source != PageSource.Ocr || images.Get(1) is not { } image)
        {
            return invoice;
        }

        var wanted = Missing(invoice);
        if (wanted.Count > 0 && recognizer.MayReadPageAgain(pages[0])
            && await recognizer.ReadPageAgainAsync(image, 1, request.Languages, cancellationToken) is { } again)
        {
            invoice = Fill(invoice, extractor.Extract([again, .. pages.Skip(1)], request.ConfidenceThreshold, request.Templates), wanted);
            wanted = Missing(invoice);
        }

        if (wanted.Count == 0 || await ReadRegionsAsync(recognizer, pages[0], wanted, image, request.Languages, cancellationToken) is not { } closer)
        {
            return invoice;
        }

        return Fill(invoice, extractor.Extract([closer, .. pages.Skip(1)], request.ConfidenceThreshold, request.Templates), wanted);
    }

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
    /// The key fields the first read did not give, and a total it only guessed (the largest amount on the page, when no
    /// total label was read: the amounts column of a receipt the first read lost, as much a miss as no total at all).
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
        var fields = new Dictionary<string, ExtractedField>(first.Fields);
        var filled = new List<string>();
        foreach (var name in missing)
        {
            // A guessed total gives way only to one the second read did not guess.
            if (second.Fields.TryGetValue(name, out var found) && (!first.Fields.ContainsKey(name) || (Guessed(first, name) && !Guessed(second, name))))
            {
                fields[name] = found;
                filled.Add(name);
            }
        }

        if (filled.Count == 0)
        {
            return first;
        }

        bool AboutFilled(string reason) => filled.Any(name => reason.StartsWith(name + " ", StringComparison.Ordinal));
        List<string> reasons = [.. first.ReviewReasons.Where(r => !AboutFilled(r)), .. second.ReviewReasons.Where(AboutFilled)];
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

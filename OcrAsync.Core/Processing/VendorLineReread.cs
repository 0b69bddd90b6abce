namespace OcrAsync.Core.Processing;

/// <summary>
/// The vendor's line read a second time, closer, in one engine call per document (the engine crops the lines from the
/// page's image decoded for the first read, <see cref="Ocr.DecodedFirstPages"/>):
/// <list type="bullet">
/// <item>on a narrow page (a receipt), the name's row darkened and at a good text height (<see cref="VendorLineBand"/>):
/// letters a faded or cut first read lost come back (<see cref="NameReread"/>); where it reads a word of the name otherwise
/// than the first read and is not sure enough to replace it, the row is read at other scales and contrasts in one more
/// call and the name voted word by word (<see cref="NameVote"/>);</item>
/// <item>on a clean page, only a name with signs inside its words (<see cref="NameVote.LooksDamaged"/>) or whose words the
/// engine doubts (<see cref="NameVote.Doubtful"/>) is read again, for the vote alone;</item>
/// <item>where accents may be missing (<see cref="AccentRepair.MayRestore"/>: not on English-only pages), the name's box
/// with a model that has the accents of the European label languages (<see cref="AccentRepair"/>): the page languages'
/// models (eng+vie) have no ü, ß, ñ, ç, and drop accents on letterheads.</item>
/// </list>
/// </summary>
internal static class VendorLineReread
{
    private const string VendorField = "vendor_name";

    public static async Task<InvoiceData> ApplyAsync(
        IPageRecognizer recognizer, InvoiceData invoice, IReadOnlyList<OcrPageResult> pages, PageImages images, CancellationToken cancellationToken)
    {
        if (!invoice.Fields.TryGetValue(VendorField, out var vendor) || vendor.Bbox is not { } box
            || vendor.Page < 1 || vendor.Page > pages.Count || pages[vendor.Page - 1].Source != PageSource.Ocr
            || images.Get(vendor.Page) is not { } image)
        {
            return invoice;
        }

        var page = pages[vendor.Page - 1];
        var (first, at, form) = VendorLineBand.Wrapped(page, box, vendor.Value) is { } wrapped ? wrapped : (vendor.Value, box, "");
        var name = VendorLineBand.NameBox(page, at, first);
        var band = name is { } words ? VendorLineBand.For(page, words) : null;

        // A clean page gets no closer read, but a name with signs inside its words (damaged) or with words the engine doubts
        // (a scan damaged without a sign) gets a vote over a few.
        var doubtful = NameVote.LooksDamaged(first) || NameVote.Doubtful(VendorLineBand.NameWords(page, at, first), VendorLineBand.LineConfidence(page, at));
        var vote = band is null && name is { } cleanName && doubtful ? VendorLineBand.Band(page, cleanName) : null;
        var accents = AccentRepair.MayRestore(vendor.Value, page.Text);
        if (band is null && vote is null && !accents)
        {
            return invoice;
        }

        var rest = vote is null ? null : VendorLineBand.Continued(page, at, first);
        List<LineRead> voting = vote is null
            ? []
            : [vote, .. VendorLineBand.Variants(vote), .. rest is { } next ? [next.Read, .. VendorLineBand.Variants(next.Read)] : Array.Empty<LineRead>()];
        List<LineRead> reads = [.. band is null ? [] : new[] { band }, .. voting, .. accents ? [new LineRead(box)] : Array.Empty<LineRead>()];
        var lines = await recognizer.ReadLinesAsync(image, vendor.Page, reads, AccentRepair.ModelFor(page.Text), cancellationToken);
        var value = vendor.Value;
        var whole = band is not null && name is { } nameBox && lines[0] is { } closer
            ? NameReread.Choose(first, nameBox, closer, VendorLineBand.Row(page, nameBox)) ?? await VoteAsync(recognizer, page, image, at, first, band, closer, cancellationToken)
            : vote is not null ? Voted(page, at, first, rest, [.. lines.Take(voting.Count)])
            : null;
        if (whole is not null)
        {
            value = form.Length == 0 ? whole : whole + " " + form;
        }

        if (accents && lines[^1] is { } line && AccentRepair.Restore(value, line.Text) is { } restored)
        {
            value = restored;
        }

        // The closer read of a photo's name row keeps marks the first read lost ("Phuong" for "Phương"), where the accent
        // read of the line's own box may have lost them too; only marks it adds, and only when it is sure of the row.
        if (accents && band is not null && lines[0] is { Confidence: >= NameReread.MinConfidence } closerRead
            && AccentRepair.Restore(value, closerRead.Text, lostOnly: true) is { } marked)
        {
            value = marked;
        }

        // A closer read may bring back the damaged business words the first read's name had repaired ("Công ty C[] phn …").
        value = Invoices.Labels.LegalForms.RepairLeading(value);
        if (value == vendor.Value)
        {
            return invoice;
        }

        var fields = new Dictionary<string, ExtractedField>(invoice.Fields) { [VendorField] = vendor with { Value = value } };
        return invoice with { VendorName = value, Fields = fields };
    }

    /// <summary>
    /// A clean page's name voted over its reads (<paramref name="lines"/>: the name's line at each of its settings, then the
    /// next line's where the name goes on there, <paramref name="rest"/>), each line over its own reads; null when no word changes.
    /// </summary>
    private static string? Voted(
        OcrPageResult page, BoundingBox at, string first, (string Head, string Tail, BoundingBox Line, LineRead Read)? rest, IReadOnlyList<OcrLine?> lines)
    {
        var perLine = rest is null ? lines.Count : lines.Count / 2;
        string? Vote(string name, BoundingBox line, IEnumerable<OcrLine?> reads) =>
            NameVote.Choose(name, VendorLineBand.NameWords(page, line, name), VendorLineBand.LineConfidence(page, line), [.. reads.OfType<OcrLine>()]);
        if (rest is not { } next)
        {
            return Vote(first, at, lines);
        }

        var head = Vote(next.Head, at, lines.Take(perLine));
        var tail = Vote(next.Tail, next.Line, lines.Skip(perLine));
        return head is null && tail is null ? null : (head ?? next.Head) + " " + (tail ?? next.Tail);
    }

    /// <summary>
    /// Where the closer read spells a word of the name otherwise than the first read (<see cref="NameVote.Disputed"/>), the
    /// band read again at other scales and contrasts (<see cref="VendorLineBand.Variants"/>, one more engine call, only on
    /// such pages) and the name voted word by word over every read (<see cref="NameVote"/>); null when no word changes.
    /// </summary>
    private static async Task<string?> VoteAsync(
        IPageRecognizer recognizer, OcrPageResult page, ReadOnlyMemory<byte> image, BoundingBox at, string first, LineRead band, OcrLine closer,
        CancellationToken cancellationToken)
    {
        var words = VendorLineBand.NameWords(page, at, first);
        if (!NameVote.Disputed(first, words, [closer]))
        {
            return null;
        }

        var more = await recognizer.ReadLinesAsync(image, page.PageNumber, VendorLineBand.Variants(band), AccentRepair.ModelFor(page.Text), cancellationToken);
        List<OcrLine> reads = [closer, .. more.OfType<OcrLine>()];
        return NameVote.Choose(first, words, VendorLineBand.LineConfidence(page, at), reads);
    }
}

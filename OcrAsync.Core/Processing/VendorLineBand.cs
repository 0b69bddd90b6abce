namespace OcrAsync.Core.Processing;

/// <summary>
/// Where the closer second read of the vendor's line (<see cref="Invoices.NameReread"/>) looks: the name's row, on each
/// side up to the first word that is not part of it, or to the page's edge. The first read of a faded receipt header
/// often splits the name into two blocks on one row ("Distribucione" and "sarcía S.A."): words of another line close
/// beside the name (within <see cref="JoinedGap"/> text heights) are in the crop; a word of the name's own line that the
/// extractor left out (a registration number) or a word far off (a title across an invoice's row) bounds it. Only on
/// pages the engine took for a photo or scan (<see cref="PageKind.Photo"/>: receipts, faded prints), where a cut or
/// misread name line was seen; a clean render reads its name whole the first time, and a closer read there only adds
/// risk (a speck after the name on a 150-dpi A4 page was read as letters of it).
/// </summary>
internal static class VendorLineBand
{
    /// <summary>The text height the band is read at: ~40 px read the cut and faded names of tuning seeds 2-3 best (32 and 48 less).</summary>
    public const int LineHeight = 40;

    /// <summary>The widest gap, in text heights, between the name and a word of another line that may be the rest of it.</summary>
    private const int JoinedGap = 5;

    /// <summary>
    /// The box of <paramref name="value"/>'s words in the first read's line at <paramref name="box"/> (the extracted
    /// field's box is its whole line, which may go on with words the extractor left out), or null when that line is not found.
    /// </summary>
    public static BoundingBox? NameBox(OcrPageResult page, BoundingBox box, string value)
    {
        var words = NameWords(page, box, value).Select(w => w.Box).ToList();
        return words.Count == 0
            ? null
            : new BoundingBox(words.Min(w => w.X), box.Y, words.Max(w => w.Right) - words.Min(w => w.X), box.Height);
    }

    /// <summary>
    /// The first read's words of <paramref name="value"/> in its line at <paramref name="box"/>, in order (none when that
    /// line is not found); or, where the first read split the name's row into two lines (a faded gap) and the extractor
    /// joined them, the words of every line on the row, left to right, when those are as many as the name's.
    /// </summary>
    public static IReadOnlyList<OcrWord> NameWords(OcrPageResult page, BoundingBox box, string value)
    {
        var letters = Letters(value);
        bool Of(OcrWord w) => Letters(w.Text) is { Length: > 0 } l && letters.Contains(l, StringComparison.Ordinal);
        var own = OwnLine(page, box);
        var words = own?.Words.Where(Of).ToList() ?? [];
        var count = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (own is null || words.Count == count)
        {
            return words;
        }

        var row = page.Lines.Where(l => SameRow(l.Box, own.Box)).SelectMany(l => l.Words).Where(Of).OrderBy(w => w.Box.X).ToList();
        return row.Count == count ? row : words;
    }

    /// <summary>The first read's confidence in its line at <paramref name="box"/>, for words the engine gave none of their own (a cached read).</summary>
    public static double LineConfidence(OcrPageResult page, BoundingBox box) => OwnLine(page, box)?.Confidence ?? 0;

    /// <summary>
    /// The band read again at other text heights and without darkening, for a name whose first and closer reads disagree
    /// on a word (<see cref="Invoices.NameVote"/>): each scale and contrast damages other letters, so the reads that agree
    /// tell the damaged one.
    /// </summary>
    public static IReadOnlyList<LineRead> Variants(LineRead band) =>
        [band with { LineHeight = 32 }, band with { LineHeight = 52 }, band with { InkExponent = 1 }];

    /// <summary>
    /// A name the extractor joined from two lines, its legal form alone on the line at <paramref name="box"/> ("Harbour
    /// Books Tra" / "Bhd", "KEDAI BUKU" / "CO. (M) SDN BHD"): the words of <paramref name="value"/> on the line above, that
    /// line's box, and the rest (the form). The closer read is of the line above, where the name is, not of the form's.
    /// Null when the whole name is on the line at <paramref name="box"/>.
    /// </summary>
    public static (string Name, BoundingBox Line, string Form)? Wrapped(OcrPageResult page, BoundingBox box, string value)
    {
        var own = OwnLine(page, box);
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var form = own is null ? -1 : Enumerable.Range(0, words.Length).FirstOrDefault(i => Letters(string.Join(' ', words[i..])) == Letters(own.Text), -1);
        if (own is null || form < 1 || Letters(own.Text).Length == 0)
        {
            return null;
        }

        var name = string.Join(' ', words[..form]);
        var above = page.Lines.Where(l => l.Box.Bottom <= own.Box.Y + (own.Box.Height / 2) && l.Box.HorizontalOverlap(own.Box) > 0
                && Letters(l.Text).Contains(Letters(name), StringComparison.Ordinal))
            .MaxBy(l => l.Box.Bottom);
        return above is null ? null : (name, above.Box, string.Join(' ', words[form..]));
    }

    /// <summary>
    /// A name the extractor joined from its line at <paramref name="box"/> and the next one (a name wrapped over two lines
    /// of a letterhead, "KEDAI SENJA" / "BUKIT JAYA"): the words on each line, the next line's box and the read of the name's
    /// words on it (<see cref="Band"/>), so that a vote reads both lines (each line is read on its own: a one-line read of
    /// two lines drops one). Null when the whole name is on its line, or the next line cannot be read alone.
    /// </summary>
    public static (string Head, string Tail, BoundingBox Line, LineRead Read)? Continued(OcrPageResult page, BoundingBox box, string value)
    {
        var own = OwnLine(page, box);
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var below = own is null ? null : page.Lines
            .Where(l => l != own && l.Box.Y >= own.Box.Y + (own.Box.Height / 2) && l.Box.HorizontalOverlap(own.Box) > 0)
            .MinBy(l => l.Box.Y);
        if (own is null || below is null)
        {
            return null;
        }

        var at = Enumerable.Range(1, Math.Max(0, words.Length - 1)).FirstOrDefault(
            i => Letters(own.Text).Contains(Letters(string.Join(' ', words[..i])), StringComparison.Ordinal)
                && Letters(string.Join(' ', below.Words.Take(words.Length - i).Select(w => w.Text))) == Letters(string.Join(' ', words[i..]))
                && Letters(string.Join(' ', words[i..])).Length > 0,
            -1);
        if (at < 1)
        {
            return null;
        }

        var tail = string.Join(' ', words[at..]);
        return NameBox(page, below.Box, tail) is { } tailBox && Band(page, tailBox) is { } read
            ? (string.Join(' ', words[..at]), tail, below.Box, read)
            : null;
    }

    /// <summary>The read for the name at <paramref name="name"/> (<see cref="NameBox"/>) on <paramref name="page"/>, or null where none is made.</summary>
    public static LineRead? For(OcrPageResult page, BoundingBox name) => page.Kind == PageKind.Photo ? Band(page, name) : null;

    /// <summary>
    /// The read of the name's row on any page the engine read (<see cref="For"/> without its page kind), for a vote only
    /// (<see cref="Invoices.NameVote"/>: it changes letters of the name's words, never adds words, so a speck read beside
    /// the name on a clean page cannot join it); null for a name over two lines.
    /// </summary>
    public static LineRead? Band(OcrPageResult page, BoundingBox name)
    {
        var own = OwnLine(page, name);
        if (page.Kind is null || name.Height <= 0 || own is null || name.Height * 2 > own.Box.Height * 3)
        {
            return null; // a clean render, or a name over two lines (a one-line read would drop one)
        }

        var beside = page.Lines.SelectMany(l => l.Words.Select(w => (Word: w.Box, Own: l == own))).Where(w => SameRow(w.Word, name)).ToList();
        var right = name.Right;
        var rightBound = page.Width;
        foreach (var (word, ownLine) in beside.Where(w => w.Word.X >= name.Right).OrderBy(w => w.Word.X))
        {
            if (ownLine || word.X - right > JoinedGap * name.Height)
            {
                rightBound = Math.Max(name.Right, word.X - name.Height); // the crop adds ~0.7 heights each side: keep the word out
                break;
            }

            right = word.Right;
        }

        var left = name.X;
        var leftBound = 0;
        foreach (var (word, ownLine) in beside.Where(w => w.Word.Right <= name.X).OrderByDescending(w => w.Word.Right))
        {
            if (ownLine || left - word.Right > JoinedGap * name.Height)
            {
                leftBound = Math.Min(name.X, word.Right + name.Height);
                break;
            }

            left = word.X;
        }

        return new LineRead(new BoundingBox(leftBound, name.Y, rightBound - leftBound, name.Height)) { LineHeight = LineHeight, InkExponent = SecondReads.InkExponent };
    }

    /// <summary>The first read's lines on <paramref name="name"/>'s row; of the name's own line, only its words beside the name.</summary>
    public static IReadOnlyList<OcrLine> Row(OcrPageResult page, BoundingBox name)
    {
        var own = OwnLine(page, name);
        return page.Lines.Where(l => SameRow(l.Box, name))
            .Select(l => l == own ? l with { Words = l.Words.Where(w => w.Box.HorizontalOverlap(name) <= 0).ToList() } : l)
            .ToList();
    }

    private static OcrLine? OwnLine(OcrPageResult page, BoundingBox name) =>
        page.Lines.Where(l => l.Box.Height > 0).MaxBy(l => l.Box.VerticalOverlap(name) * Math.Max(0, l.Box.HorizontalOverlap(name)));

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static bool SameRow(BoundingBox word, BoundingBox name) => word.SharesRowWith(name);
}

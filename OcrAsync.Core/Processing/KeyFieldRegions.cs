namespace OcrAsync.Core.Processing;

/// <summary>
/// Where a missing key field's value should be: the region from its label (found in the first read's lines with the
/// label lexicon) to the page's right edge and a few lines under it, so a value beside the label and one stacked under
/// it are both inside. The region is read again closer (<see cref="LineRead.Block"/>) and its rows take the place of the
/// first read's words there (<see cref="Merge"/>), so the extractor decides on the page as before, with the closer read.
/// </summary>
internal static class KeyFieldRegions
{
    /// <summary>Label lines per field read again (the first ones, the last ones for a total: it is printed at the end).</summary>
    private const int LabelsPerField = 2;

    /// <summary>Lines under the label's line inside the region (a value stacked under its label, or a row of values under a row of captions).</summary>
    private const double LinesBelow = 2.5;

    /// <summary>The region's reads, one per label line of a <paramref name="wanted"/> field; regions that overlap a chosen one are left out.</summary>
    public static IReadOnlyList<LineRead> For(OcrPageResult page, IReadOnlyList<string> wanted)
    {
        var reads = new List<LineRead>();
        foreach (var field in wanted)
        {
            var labelled = page.Lines.Where(l => IsLabel(field, TextFolding.LabelForm(l.Text))).ToList();
            var chosen = field == "total_amount" ? labelled.TakeLast(LabelsPerField) : labelled.Take(LabelsPerField);
            foreach (var line in chosen)
            {
                var read = Region(page, line, field);
                if (read.Box.Width > 0 && read.Box.Height > 0 && !reads.Any(r => r.Box.IntersectionArea(read.Box) > 0))
                {
                    reads.Add(read);
                }
            }
        }

        return reads;
    }

    /// <summary>A label of <paramref name="field"/> (not a due date, another date, or a subtotal, tax or payment).</summary>
    internal static bool IsLabel(string field, string labelForm) => field switch
    {
        "invoice_number" => InvoiceLabels.InvoiceNumber().IsMatch(labelForm) || InvoiceLabels.InvoiceNumberWeak().IsMatch(labelForm),
        "date" => (InvoiceLabels.InvoiceDate().IsMatch(labelForm) || InvoiceLabels.GenericDate().IsMatch(labelForm))
            && !InvoiceLabels.DueDate().IsMatch(labelForm) && !InvoiceLabels.OtherDate().IsMatch(labelForm),
        "total_amount" => (InvoiceLabels.TotalStrong().IsMatch(labelForm) || InvoiceLabels.TotalPlain().IsMatch(labelForm))
            && !InvoiceLabels.TotalDistractor().IsMatch(labelForm),
        _ => false,
    };

    /// <summary>From the label's first word to the page's right edge, from half a line above it to <see cref="LinesBelow"/> lines under it.</summary>
    private static LineRead Region(OcrPageResult page, OcrLine line, string field)
    {
        var height = Math.Max(1, line.Words.Count > 0 ? line.Words.Max(w => w.Box.Height) : line.Box.Height);
        var left = LabelStart(line, field) - (height / 2);
        var top = line.Box.Y - (height / 2);
        var x = Math.Max(0, left);
        var y = Math.Max(0, top);
        var bottom = Math.Min(page.Height, line.Box.Bottom + (int)(LinesBelow * height));
        // A photographed or scanned page (a receipt's faded thermal print) is read darkened, as its second read is.
        return new LineRead(new BoundingBox(x, y, page.Width - x, bottom - y))
        {
            Block = true,
            LineHeight = height,
            InkExponent = page.Kind == PageKind.Photo ? SecondReads.InkExponent : 1,
        };
    }

    /// <summary>The left edge of the word the label starts in (the line's own when its words are not known).</summary>
    private static int LabelStart(OcrLine line, string field)
    {
        var form = TextFolding.LabelForm(line.Text);
        var at = Enumerable.Range(0, form.Length).FirstOrDefault(i => IsLabel(field, form[i..]) && !IsLabel(field, form[(i + 1)..]));
        var offset = 0;
        foreach (var word in line.Words)
        {
            var index = line.Text.IndexOf(word.Text, offset, StringComparison.Ordinal);
            offset = index < 0 ? offset : index + word.Text.Length;
            if (offset > at)
            {
                return word.Box.X;
            }
        }

        return line.Box.X;
    }

    /// <summary>
    /// <paramref name="page"/> with each region's read in place of the first read's words inside the region: those words
    /// leave their lines (a line left empty goes), and the read's rows come in where the first of them was.
    /// </summary>
    public static OcrPageResult Merge(OcrPageResult page, IReadOnlyList<(BoundingBox Region, OcrLine Read)> reads)
    {
        var lines = page.Lines.ToList();
        foreach (var (region, read) in reads)
        {
            var at = -1;
            for (var i = lines.Count - 1; i >= 0; i--)
            {
                var kept = Outside(lines[i], region);
                if (kept == lines[i])
                {
                    continue;
                }

                at = i;
                if (kept is null)
                {
                    lines.RemoveAt(i);
                }
                else
                {
                    lines[i] = kept;
                    at = i + 1;
                }
            }

            var rows = Rows(read);
            if (at < 0)
            {
                at = lines.FindIndex(l => l.Box.Y > region.Y);
                at = at < 0 ? lines.Count : at;
            }

            lines.InsertRange(at, rows);
        }

        return page with { Lines = lines };
    }

    /// <summary>The line without its words inside <paramref name="region"/>: itself when none is, null when all are.</summary>
    private static OcrLine? Outside(OcrLine line, BoundingBox region)
    {
        if (line.Words.Count == 0)
        {
            return Inside(line.Box, region) ? null : line;
        }

        var outside = line.Words.Where(w => !Inside(w.Box, region)).ToList();
        return outside.Count == line.Words.Count ? line
            : outside.Count == 0 ? null
            : new OcrLine(string.Join(' ', outside.Select(w => w.Text)), line.Confidence, BoundingBox.Enclosing(outside.Select(w => w.Box))) { Words = outside, Source = line.Source };
    }

    private static bool Inside(BoundingBox box, BoundingBox region)
    {
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        return x >= region.X && x < region.Right && y >= region.Y && y < region.Bottom;
    }

    /// <summary>The words of a block read parted into rows (a word whose middle is within a row's height joins it), each left to right.</summary>
    internal static List<OcrLine> Rows(OcrLine read)
    {
        var rows = new List<List<OcrWord>>();
        foreach (var word in read.Words.OrderBy(w => w.Box.Y + (w.Box.Height / 2)))
        {
            var middle = word.Box.Y + (word.Box.Height / 2);
            var row = rows.FirstOrDefault(r => r.Any(w => middle >= w.Box.Y && middle < w.Box.Bottom));
            if (row is null)
            {
                rows.Add([word]);
            }
            else
            {
                row.Add(word);
            }
        }

        return
        [
            .. rows.Select(r => r.OrderBy(w => w.Box.X).ToList())
                .Select(r => new OcrLine(string.Join(' ', r.Select(w => w.Text)), read.Confidence, BoundingBox.Enclosing(r.Select(w => w.Box))) { Words = r }),
        ];
    }
}

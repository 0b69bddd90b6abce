namespace OcrAsync.Core.Invoices;

/// <summary>
/// The pages as the field finders see them: OCR lines cut into segments at wide gaps between words (a label and its
/// value far to its right, or two side-by-side columns that OCR joined, become separate segments), and for each
/// segment its neighbours by geometry: the nearest segment to its right or left on the same visual row, and the
/// nearest one below or above it in the same column. Rows are compared after undoing the page's skew, so a slightly
/// rotated scan still pairs a label with an amount far to its right. Lines without boxes (plain text) have no
/// neighbours on their row, and the line below is simply the next one.
/// </summary>
internal sealed class InvoiceLayout
{
    /// <summary>A gap between two words wider than this many word heights starts a new segment.</summary>
    private const double SegmentGap = 1.6;

    /// <summary>A neighbour on the same row is at most this fraction of the page width away.</summary>
    private const double RowReach = 0.45;

    /// <summary>A neighbour below is at most this many line heights under the segment.</summary>
    private const double ColumnReach = 1.5;

    /// <summary>A value in a grid cell or a tall box can sit this many line heights under its caption.</summary>
    private const double FarColumnReach = 4;

    private readonly InvoiceTextLine?[] _right;
    private readonly InvoiceTextLine?[] _rowEnd;
    private readonly InvoiceTextLine?[] _rowStart;
    private readonly InvoiceTextLine?[] _left;
    private readonly InvoiceTextLine?[] _below;
    private readonly InvoiceTextLine?[] _belowFar;
    private readonly InvoiceTextLine?[] _above;
    private readonly InvoiceTextLine?[] _next;

    private readonly double[] _pagePosition;
    private readonly double[] _textHeight;

    private InvoiceLayout(List<InvoiceTextLine> lines, List<Placed?> placed, List<int> pageWidths, List<int> pageHeights)
    {
        Lines = lines;
        _pagePosition = new double[lines.Count];
        _textHeight = new double[lines.Count];
        var medians = new Dictionary<int, double>();
        foreach (var page in lines.Select(l => l.Page).Distinct())
        {
            var heights = Enumerable.Range(0, lines.Count).Where(i => lines[i].Page == page && placed[i] is not null).Select(i => placed[i]!.Value.Height).Order().ToList();
            medians[page] = heights.Count > 0 ? heights[heights.Count / 2] : 0;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var known = placed[i] is { } at && pageHeights[i] > 0 && medians[lines[i].Page] > 0;
            _pagePosition[i] = known ? Math.Clamp((placed[i]!.Value.Top + placed[i]!.Value.Height / 2) / pageHeights[i], 0, 1) : 0.5;
            _textHeight[i] = known ? placed[i]!.Value.Height / medians[lines[i].Page] : 1;
        }

        _right = new InvoiceTextLine?[lines.Count];
        _rowEnd = new InvoiceTextLine?[lines.Count];
        _rowStart = new InvoiceTextLine?[lines.Count];
        _left = new InvoiceTextLine?[lines.Count];
        _below = new InvoiceTextLine?[lines.Count];
        _belowFar = new InvoiceTextLine?[lines.Count];
        _above = new InvoiceTextLine?[lines.Count];
        _next = new InvoiceTextLine?[lines.Count];
        var (pageStart, pageEnd) = (0, 0);
        for (var i = 0; i < lines.Count; i++)
        {
            // Pages follow each other: only the segments of this page's run are compared.
            if (i == pageEnd)
            {
                (pageStart, pageEnd) = (i, i);
                while (pageEnd < lines.Count && lines[pageEnd].Page == lines[i].Page)
                {
                    pageEnd++;
                }
            }

            if (placed[i] is not { } p)
            {
                _below[i] = i + 1 < lines.Count && lines[i + 1].Page == lines[i].Page && placed[i + 1] is null ? lines[i + 1] : null;
                _above[i] = i > 0 && lines[i - 1].Page == lines[i].Page && placed[i - 1] is null ? lines[i - 1] : null;
                continue;
            }

            if (i + 1 < lines.Count && lines[i + 1].Page == lines[i].Page && placed[i + 1] is { } n
                && n.Top >= p.Top - 0.3 * p.Height && n.Top <= p.Bottom + ColumnReach * p.Height && n.Right > p.Left)
            {
                _next[i] = lines[i + 1];
            }

            var reach = RowReach * pageWidths[i];
            double bestRight = double.MaxValue, bestLeft = double.MaxValue, bestEnd = double.MaxValue, bestStart = double.MaxValue, bestBelow = double.MaxValue, bestAbove = double.MaxValue, bestFar = double.MaxValue;
            for (var j = pageStart; j < pageEnd; j++)
            {
                // Specks and rules ("-", ".") are nobody's neighbour.
                if (j == i || placed[j] is not { } q || lines[j].Page != lines[i].Page || !lines[j].Text.Any(char.IsLetterOrDigit))
                {
                    continue;
                }

                var height = Math.Min(p.Height, q.Height);
                var slack = 0.3 * height;
                // Pieces of one OCR line share a row whatever their boxes say (a skewed photo of a receipt).
                if (p.Source == q.Source || Overlap(p.Top, p.Bottom, q.Top, q.Bottom) >= 0.5 * height)
                {
                    var gapRight = q.Left - p.Right;
                    if (gapRight >= -slack && gapRight < bestEnd)
                    {
                        (bestEnd, _rowEnd[i]) = (gapRight, lines[j]);
                    }

                    if (gapRight >= -slack && gapRight <= reach && gapRight < bestRight)
                    {
                        (bestRight, _right[i]) = (gapRight, lines[j]);
                    }

                    var gapLeft = p.Left - q.Right;
                    if (gapLeft >= -slack && gapLeft < bestStart)
                    {
                        (bestStart, _rowStart[i]) = (gapLeft, lines[j]);
                    }

                    if (gapLeft >= -slack && gapLeft <= reach && gapLeft < bestLeft)
                    {
                        (bestLeft, _left[i]) = (gapLeft, lines[j]);
                    }

                    continue;
                }

                if (Overlap(p.Left, p.Right, q.Left, q.Right) <= 0)
                {
                    continue;
                }

                var gapBelow = q.Top - p.Bottom;
                if (gapBelow >= -slack && gapBelow <= ColumnReach * p.Height && gapBelow < bestBelow)
                {
                    (bestBelow, _below[i]) = (gapBelow, lines[j]);
                }

                if (gapBelow >= -slack && gapBelow <= FarColumnReach * p.Height && gapBelow < bestFar)
                {
                    (bestFar, _belowFar[i]) = (gapBelow, lines[j]);
                }

                var gapAbove = p.Top - q.Bottom;
                if (gapAbove >= -slack && gapAbove <= ColumnReach * q.Height && gapAbove < bestAbove)
                {
                    (bestAbove, _above[i]) = (gapAbove, lines[j]);
                }
            }
        }
    }

    /// <summary>Segments in the order OCR read them; <see cref="InvoiceTextLine.Index"/> is the position in this list.</summary>
    public IReadOnlyList<InvoiceTextLine> Lines { get; }

    /// <summary>The nearest segment to the right on the same row.</summary>
    public InvoiceTextLine? RightOf(InvoiceTextLine line) => _right[line.Index];

    /// <summary>
    /// The nearest segment to the right on the same row at any distance: on a narrow till receipt a short label ("N.")
    /// and its value right-aligned at the end of the row are further apart than <see cref="RightOf"/> reaches.
    /// </summary>
    public InvoiceTextLine? RowEnd(InvoiceTextLine line) => _rowEnd[line.Index];

    /// <summary>The nearest segment to the left on the same row at any distance (the label of a <see cref="RowEnd"/> value).</summary>
    public InvoiceTextLine? RowStart(InvoiceTextLine line) => _rowStart[line.Index];

    /// <summary>The nearest segment to the left on the same row.</summary>
    public InvoiceTextLine? LeftOf(InvoiceTextLine line) => _left[line.Index];

    /// <summary>The nearest segment below that overlaps horizontally; without boxes, the next line.</summary>
    public InvoiceTextLine? Below(InvoiceTextLine line) => _below[line.Index];

    /// <summary>The nearest segment below that overlaps horizontally, up to four line heights down (a grid cell's value under its caption).</summary>
    public InvoiceTextLine? BelowFar(InvoiceTextLine line) => _belowFar[line.Index];

    /// <summary>
    /// The segment OCR read next, when it starts on this row or just under it and not to the left: on a warped photo
    /// the amount after "Total" can sit too low for the row test, yet OCR reads it next.
    /// </summary>
    public InvoiceTextLine? Next(InvoiceTextLine line) => _next[line.Index];

    /// <summary>The nearest segment above that overlaps horizontally; without boxes, the previous line.</summary>
    public InvoiceTextLine? Above(InvoiceTextLine line) => _above[line.Index];

    /// <summary>Vertical position of the segment's centre on its page, 0 (top) to 1 (bottom); 0.5 without boxes.</summary>
    public double PagePosition(InvoiceTextLine line) => _pagePosition[line.Index];

    /// <summary>The segment's height over the median segment height of its page; 1 without boxes.</summary>
    public double TextHeight(InvoiceTextLine line) => _textHeight[line.Index];

    /// <summary>Reading position in the document, 0 (first segment) to 1 (last).</summary>
    public double ReadingPosition(InvoiceTextLine line) => Lines.Count > 1 ? (double)line.Index / (Lines.Count - 1) : 0;

    /// <summary>How this document writes its numbers and dates, voted once from all its segments.</summary>
    public DocumentConventions Conventions { get; private init; } = DocumentConventions.Default;

    public static InvoiceLayout Build(IReadOnlyList<OcrPageResult> pages)
    {
        // Segments first, so that every number on every page votes the conventions before any text is read.
        var raw = new List<(string Text, double Confidence, BoundingBox? Box, int Page, double Slope, int Source, int Width, int Height)>();
        var source = 0;
        foreach (var page in pages)
        {
            if (page.Lines.Count == 0)
            {
                raw.AddRange(page.Text.Split('\n').Select(text => (text, page.Confidence, (BoundingBox?)null, page.PageNumber, 0.0, 0, page.Width, page.Height)));
                continue;
            }

            var slope = Skew(page.Lines);
            foreach (var line in page.Lines)
            {
                source++;
                raw.AddRange(Segments(line).Select(s => (s.Text, line.Confidence, (BoundingBox?)s.Box, page.PageNumber, slope, source, page.Width, page.Height)));
            }
        }

        var conventions = DocumentConventions.Vote(raw.Select(r => r.Text));
        var lines = new List<InvoiceTextLine>();
        var placed = new List<Placed?>();
        var widths = new List<int>();
        var heights = new List<int>();
        foreach (var (text, confidence, box, page, slope, src, width, height) in raw)
        {
            // Labels OCR read with a bracket for a Vietnamese vowel ("T[ng cộng ti[In") are repaired for the field finders.
            foreach (var piece in InvoiceTextLine.Pieces(conventions.Normalize(Labels.BracketVowelRepair.Repair(text))))
            {
                lines.Add(new InvoiceTextLine(piece, TextFolding.LabelForm(piece), confidence, page, box, lines.Count));
                placed.Add(box is { } b ? Placed.From(b, slope, src) : null);
                widths.Add(width);
                heights.Add(height);
            }
        }

        return new InvoiceLayout(lines, placed, widths, heights) { Conventions = conventions };
    }

    /// <summary>The line cut at gaps wider than <see cref="SegmentGap"/> word heights; the whole line when it has no words.</summary>
    internal static IEnumerable<(string Text, BoundingBox Box)> Segments(OcrLine line)
    {
        if (line.Words.Count < 2)
        {
            yield return (line.Text, line.Box);
            yield break;
        }

        // Specks read as words ("'", ".") would make the median height, and so the gap that splits, far too small.
        var heights = line.Words.Where(w => w.Text.Count(char.IsLetterOrDigit) >= 2).Select(w => w.Box.Height).Order().ToList();
        var limit = SegmentGap * (heights.Count > 0 ? heights[heights.Count / 2] : line.Box.Height);
        var start = 0;
        for (var i = 1; i <= line.Words.Count; i++)
        {
            if (i < line.Words.Count && line.Words[i].Box.X - Right(line.Words[i - 1].Box) <= limit)
            {
                continue;
            }

            var words = line.Words.Skip(start).Take(i - start).ToList();
            yield return (string.Join(' ', words.Select(w => w.Text)), BoundingBox.Enclosing(words.Select(w => w.Box)));
            start = i;
        }
    }

    /// <summary>The page's skew as dy/dx: the median slope of word centres along lines of three or more words.</summary>
    private static double Skew(IReadOnlyList<OcrLine> lines)
    {
        var slopes = new List<double>();
        foreach (var line in lines.Where(l => l.Words.Count >= 3))
        {
            var xs = line.Words.Select(w => w.Box.X + w.Box.Width / 2.0).ToList();
            var ys = line.Words.Select(w => w.Box.Y + w.Box.Height / 2.0).ToList();
            var (mx, my) = (xs.Average(), ys.Average());
            var sxx = xs.Sum(x => (x - mx) * (x - mx));
            if (sxx > 0)
            {
                slopes.Add(xs.Zip(ys, (x, y) => (x - mx) * (y - my)).Sum() / sxx);
            }
        }

        if (slopes.Count == 0)
        {
            return 0;
        }

        slopes.Sort();
        return Math.Clamp(slopes[slopes.Count / 2], -0.1, 0.1);
    }

    private static int Right(BoundingBox box) => box.X + box.Width;

    private static double Overlap(double start1, double end1, double start2, double end2) =>
        Math.Min(end1, end2) - Math.Max(start1, start2);

    /// <summary>A segment's box with its vertical position corrected for the page's skew.</summary>
    private readonly record struct Placed(double Left, double Right, double Top, double Bottom, int Source)
    {
        public double Height => Bottom - Top;

        /// <summary>A skewed segment's box is taller than its text by the slope times its width: that part is dropped.</summary>
        public static Placed From(BoundingBox box, double slope, int source)
        {
            var centre = box.Y + box.Height / 2.0 - slope * (box.X + box.Width / 2.0);
            var height = Math.Max(box.Height - Math.Abs(slope) * box.Width, box.Height * 0.3);
            return new Placed(box.X, box.X + box.Width, centre - height / 2, centre + height / 2, source);
        }
    }
}

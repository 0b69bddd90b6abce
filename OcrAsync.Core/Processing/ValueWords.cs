namespace OcrAsync.Core.Processing;

/// <summary>
/// Where a found key field's value is printed: the first read's words of the value inside its segment (the field's box
/// is the segment's, whose text is its words joined by one space), so that the value alone, not its label, is read again
/// (<see cref="KeyValueReread"/>), and the closer read's words can take their place in the line.
/// </summary>
internal static class ValueWords
{
    /// <summary>How far past the value's words the read may look for print the first read lost, in text heights (a cut head or end).</summary>
    private const double Reach = 1.5;

    /// <summary>
    /// The words of <paramref name="page"/> that hold the characters <paramref name="at"/> to <paramref name="at"/> +
    /// <paramref name="length"/> of <paramref name="field"/>'s segment; empty when the segment's words are not found as
    /// the extractor read them.
    /// </summary>
    public static IReadOnlyList<OcrWord> Find(OcrPageResult page, ExtractedField field, int at, int length)
    {
        if (field.Bbox is not { } segment)
        {
            return [];
        }

        var words = SegmentWords(page, segment);
        if (words.Count == 0 || string.Join(' ', words.Select(w => w.Text)) != field.Raw)
        {
            return [];
        }

        var found = new List<OcrWord>();
        var offset = 0;
        foreach (var word in words)
        {
            if (offset < at + length && offset + word.Text.Length > at)
            {
                found.Add(word);
            }

            offset += word.Text.Length + 1;
        }

        return found;
    }

    /// <summary>
    /// The box to read again: the value's words, widened on each side by up to <see cref="Reach"/> text heights where no
    /// other word of its row is (the read's crop adds its own margin), so a head or end the first read lost is inside.
    /// </summary>
    public static BoundingBox ReadBox(OcrPageResult page, IReadOnlyList<OcrWord> value)
    {
        var box = BoundingBox.Enclosing(value.Select(w => w.Box));
        var height = value.Max(w => w.Box.Height);
        var row = page.Lines.SelectMany(l => l.Words).Where(w => !value.Contains(w) && w.Box.VerticalOverlap(box) * 2 >= Math.Min(w.Box.Height, height)).ToList();
        var left = Math.Max(0, box.X - (int)(Reach * height));
        var right = Math.Min(page.Width, box.Right + (int)(Reach * height));
        foreach (var word in row)
        {
            if (word.Box.Right <= box.X)
            {
                left = Math.Max(left, Math.Min(box.X, word.Box.Right + (height / 2)));
            }
            else if (word.Box.X >= box.Right)
            {
                right = Math.Min(right, Math.Max(box.Right, word.Box.X - (height / 2)));
            }
        }

        return new BoundingBox(left, box.Y, right - left, box.Height);
    }

    /// <summary><paramref name="page"/> with <paramref name="value"/>'s words replaced by <paramref name="read"/>'s in their line.</summary>
    public static OcrPageResult Replace(OcrPageResult page, IReadOnlyList<OcrWord> value, OcrLine read)
    {
        var lines = page.Lines.Select(line =>
        {
            if (!line.Words.Any(value.Contains))
            {
                return line;
            }

            List<OcrWord> words = [.. line.Words.Where(w => !value.Contains(w)).Concat(read.Words).OrderBy(w => w.Box.X)];
            return line with { Text = string.Join(' ', words.Select(w => w.Text)), Words = words, Box = BoundingBox.Enclosing([line.Box, .. read.Words.Select(w => w.Box)]) };
        }).ToList();
        return page with { Lines = lines };
    }

    private static List<OcrWord> SegmentWords(OcrPageResult page, BoundingBox segment) =>
        [.. page.Lines.SelectMany(l => l.Words).Where(w => Inside(w.Box, segment)).OrderBy(w => w.Box.X)];

    private static bool Inside(BoundingBox box, BoundingBox region)
    {
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        return x >= region.X && x <= region.Right && y >= region.Y && y <= region.Bottom;
    }
}

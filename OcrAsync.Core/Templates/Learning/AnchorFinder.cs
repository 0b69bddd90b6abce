namespace OcrAsync.Core.Templates.Learning;

/// <summary>Finds the label words next to a value on a corrected page (learning) and those words on a new page (reading).</summary>
internal static class AnchorFinder
{
    private const int MaxAnchorWords = 3;
    private const int MaxGluedPrefix = 12;

    /// <summary>How far above a value its label may stand, as a fraction of the page height.</summary>
    private const double MaxLabelDistanceAbove = 0.06;

    /// <summary>The anchor of a value found at <paramref name="span"/>: the words left of it, else the words above it, else none.</summary>
    public static FieldAnchor Describe(PageWords page, TokenSpan span, string? shape)
    {
        var line = page.Lines[span.Line];
        var left = new List<PageToken>();
        for (var i = span.Start - 1; i >= 0 && left.Count < MaxAnchorWords; i--)
        {
            if (IsPunctuation(line[i]) && left.Count == 0)
            {
                continue;
            }

            if (!IsLabelWord(line[i]) || (left.Count > 0 && Gap(line[i].Box, left[0].Box) > page.Width * 0.03))
            {
                break;
            }

            left.Insert(0, line[i]);
        }

        if (left.Count > 0)
        {
            return Anchor(page, span, left, AnchorDirections.Right, shape);
        }

        if (LabelAbove(page, span) is { Count: > 0 } above)
        {
            return Anchor(page, span, above, AnchorDirections.Below, shape);
        }

        return new FieldAnchor
        {
            Direction = AnchorDirections.None,
            ValueX = (double)span.Box.X / page.Width,
            ValueY = (double)span.Box.Y / page.Height,
            ValueWords = span.Count,
            Shape = shape,
        };
    }

    /// <summary>A value printed in one word with its label before it ("No.LH44588"): the label is the anchor, the value on its right.</summary>
    public static FieldAnchor Glued(PageWords page, TokenSpan span, string prefix, string? shape) => new()
    {
        Words = [PageWords.KeyOf(prefix)],
        Prefix = TextFolding.Fold(prefix),
        Direction = AnchorDirections.Right,
        AnchorX = (double)span.Box.X / page.Width,
        AnchorY = (double)span.Box.Y / page.Height,
        ValueX = (double)span.Box.X / page.Width,
        ValueY = (double)span.Box.Y / page.Height,
        ValueWords = 1,
        Shape = shape,
    };

    /// <summary>The label part of a word that ends with <paramref name="value"/>: a few characters with a letter, ending in punctuation ("No.", "Invoice#"); null when the word is not so built.</summary>
    public static string? GluedPrefix(string word, string value)
    {
        if (word.Length <= value.Length || !word.EndsWith(value, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var prefix = word[..^value.Length];
        return prefix.Length <= MaxGluedPrefix && prefix.Any(char.IsLetter) && !char.IsLetterOrDigit(prefix[^1]) ? prefix : null;
    }

    /// <summary>Where the anchor's words stand on a page, nearest to where they stood when learned first.</summary>
    public static IEnumerable<(int Line, int Start)> Occurrences(PageWords page, FieldAnchor anchor)
    {
        var found = new List<(int Line, int Start, double Distance)>();
        var n = anchor.Words.Count;
        for (var l = 0; l < page.Lines.Count; l++)
        {
            var line = page.Lines[l];
            for (var s = 0; s + n <= line.Count; s++)
            {
                if (Enumerable.Range(0, n).All(k => Same(line[s + k].Key, anchor.Words[k])))
                {
                    var dx = ((double)line[s].Box.X / page.Width) - anchor.AnchorX;
                    var dy = ((double)line[s].Box.Y / page.Height) - anchor.AnchorY;
                    found.Add((l, s, (dx * dx) + (dy * dy)));
                }
            }
        }

        return found.OrderBy(f => f.Distance).Select(f => (f.Line, f.Start));
    }

    /// <summary>A label word has letters; "No", "#" and "Date" do, "2024" and "1,250.00" do not.</summary>
    public static bool IsLabelWord(PageToken token) => token.Key.Any(char.IsLetter) && token.Key.Count(char.IsDigit) * 2 < token.Key.Length;

    /// <summary>Equal, or one letter apart in words of five letters or more (an OCR slip).</summary>
    public static bool Same(string key, string learned) =>
        key == learned || (learned.Length >= 5 && Math.Abs(key.Length - learned.Length) <= 1 && TextFolding.EditDistance(key, learned) <= 1);

    private static List<PageToken>? LabelAbove(PageWords page, TokenSpan span)
    {
        var top = span.Box.Y;
        var (from, to) = (span.Box.X - (page.Width * 0.02), span.Box.X + span.Box.Width + (page.Width * 0.02));
        for (var l = span.Line - 1; l >= 0; l--)
        {
            var line = page.Lines[l];
            if (line.Count == 0 || line[0].Box.Y >= top)
            {
                continue;
            }

            if (top - line.Max(t => t.Box.Y) > page.Height * MaxLabelDistanceAbove)
            {
                return null;
            }

            var over = line.Where(t => t.Box.X + t.Box.Width >= from && t.Box.X <= to).ToList();
            if (over.Count > 0)
            {
                return over.All(IsLabelWord) ? over.Take(MaxAnchorWords).ToList() : null;
            }
        }

        return null;
    }

    private static FieldAnchor Anchor(PageWords page, TokenSpan span, List<PageToken> words, string direction, string? shape)
    {
        var box = BoundingBox.Enclosing(words.Select(w => w.Box));
        return new FieldAnchor
        {
            Words = words.Select(w => w.Key).ToList(),
            Direction = direction,
            AnchorX = (double)box.X / page.Width,
            AnchorY = (double)box.Y / page.Height,
            ValueX = (double)span.Box.X / page.Width,
            ValueY = (double)span.Box.Y / page.Height,
            ValueWords = span.Count,
            Shape = shape,
        };
    }

    private static bool IsPunctuation(PageToken token) => token.Key.Length == 0;

    private static int Gap(BoundingBox left, BoundingBox right) => right.X - (left.X + left.Width);

}

namespace OcrAsync.Core.Templates.Learning;

/// <summary>
/// A page as lines of words, top to bottom. Lines without word boxes (a text layer that gave none) are cut at spaces,
/// each word getting its share of the line's box by length.
/// </summary>
internal sealed class PageWords
{
    private PageWords(int width, int height, IReadOnlyList<IReadOnlyList<PageToken>> lines)
    {
        Width = Math.Max(1, width);
        Height = Math.Max(1, height);
        Lines = lines;
    }

    public int Width { get; }

    public int Height { get; }

    public IReadOnlyList<IReadOnlyList<PageToken>> Lines { get; }

    public static PageWords From(OcrPageResult page)
    {
        var lines = page.Lines
            .Select(line => (IReadOnlyList<PageToken>)(line.Words.Count > 0
                ? line.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).Select(w => Token(w.Text, w.Box)).ToList()
                : SplitLine(line)))
            .Where(tokens => tokens.Count > 0)
            .OrderBy(tokens => tokens[0].Box.Y)
            .ToList();
        var width = page.Width > 0 ? page.Width : lines.SelectMany(l => l).Select(t => t.Box.X + t.Box.Width).DefaultIfEmpty(1).Max();
        var height = page.Height > 0 ? page.Height : lines.SelectMany(l => l).Select(t => t.Box.Y + t.Box.Height).DefaultIfEmpty(1).Max();
        return new PageWords(width, height, lines);
    }

    /// <summary>Every run of 1 to <paramref name="maxWords"/> consecutive words of one line.</summary>
    public IEnumerable<TokenSpan> Spans(int line, int start, int maxWords)
    {
        var tokens = Lines[line];
        for (var count = 1; count <= maxWords && start + count <= tokens.Count; count++)
        {
            yield return Span(line, start, count);
        }
    }

    public TokenSpan Span(int line, int start, int count)
    {
        var tokens = Lines[line].Skip(start).Take(count).ToList();
        return new TokenSpan(line, start, count, string.Join(' ', tokens.Select(t => t.Text)), BoundingBox.Enclosing(tokens.Select(t => t.Box)));
    }

    /// <summary>Folded, without the punctuation that labels carry at their edges ("No:" → "no").</summary>
    public static string KeyOf(string text) => TextFolding.Fold(text).Trim(':', '.', ',', ';', '#', '(', ')', '|', '-', '*', '"', '\'');

    private static PageToken Token(string text, BoundingBox box) => new(text, KeyOf(text), box);

    private static List<PageToken> SplitLine(OcrLine line)
    {
        var words = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tokens = new List<PageToken>(words.Length);
        var perChar = line.Text.Length == 0 ? 0 : (double)line.Box.Width / line.Text.Length;
        var at = 0;
        foreach (var word in words)
        {
            at = line.Text.IndexOf(word, at, StringComparison.Ordinal);
            tokens.Add(Token(word, new BoundingBox(line.Box.X + (int)(at * perChar), line.Box.Y, Math.Max(1, (int)(word.Length * perChar)), line.Box.Height)));
            at += word.Length;
        }

        return tokens;
    }
}

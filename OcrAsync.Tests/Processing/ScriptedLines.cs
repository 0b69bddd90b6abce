namespace OcrAsync.Tests.Processing;

/// <summary>OCR lines with word boxes, as the engine gives them: each word 20 px wide per character, 12 px apart.</summary>
internal static class ScriptedLines
{
    public const int CharWidth = 20;
    public const int Gap = 12;

    public static OcrLine Line(string text, int x, int y, int height = 40, double confidence = 0.9)
    {
        var words = new List<OcrWord>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(new OcrWord(word, new BoundingBox(x, y, word.Length * CharWidth, height)));
            x += (word.Length * CharWidth) + Gap;
        }

        var box = new BoundingBox(words[0].Box.X, y, words[^1].Box.Right - words[0].Box.X, height);
        return new OcrLine(text, confidence, box) { Words = words };
    }

    /// <summary>Several lines as one block read (<see cref="LineRead.Block"/>): every word in one line, each with its own box.</summary>
    public static OcrLine Block(BoundingBox region, params OcrLine[] rows) =>
        new(string.Join(' ', rows.Select(r => r.Text)), 0.9, region) { Words = [.. rows.SelectMany(r => r.Words)] };
}

namespace OcrAsync.Core.Ocr.Preprocessing;

/// <summary>
/// Picks the lines worth a second, closer read: those holding a value-like word (two digits or more: an amount, a
/// number, a date) that Tesseract read with low confidence. Key fields are values, and a low word confidence is where
/// a misread digit hides; the cap keeps the cost to a few small crops per page.
/// </summary>
public static class FieldLineSelector
{
    /// <summary>Indexes into <paramref name="lines"/>, least confident first.</summary>
    public static IReadOnlyList<int> Select(IReadOnlyList<ScoredLine> lines, OcrPreprocessingOptions options)
    {
        if (options.FieldPassBelowConfidence == 0 || options.MaxFieldPasses == 0)
        {
            return [];
        }

        return lines
            .Select((line, index) => (Index: index, Weakest: WeakestValueConfidence(line)))
            .Where(l => l.Weakest < options.FieldPassBelowConfidence)
            .OrderBy(l => l.Weakest)
            .Take(options.MaxFieldPasses)
            .Select(l => l.Index)
            .ToList();
    }

    private static double WeakestValueConfidence(ScoredLine line)
    {
        var weakest = double.MaxValue;
        for (var i = 0; i < line.Line.Words.Count && i < line.WordConfidences.Count; i++)
        {
            if (line.Line.Words[i].Text.Count(char.IsAsciiDigit) >= 2)
            {
                weakest = Math.Min(weakest, line.WordConfidences[i]);
            }
        }

        return weakest;
    }
}

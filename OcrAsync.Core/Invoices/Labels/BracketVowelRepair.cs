namespace OcrAsync.Core.Invoices.Labels;

/// <summary>
/// Tesseract's <c>eng+vie</c> models read a Vietnamese vowel with two marks (ề, ổ, ế) as a bracket, alone or with a
/// stroke after it: "ti[In" (tiền), "T[ng" (Tổng), "Thu[]" (Thuế). Such a word is repaired to the label word it can only
/// be: the vowel (a, e, i, o, u, y) that makes a word of the lexicon's Vietnamese phrases, the more frequent one when two
/// do. Words that make no lexicon word are left as read.
/// </summary>
internal static partial class BracketVowelRepair
{
    private static readonly Dictionary<string, int> s_words = VietnameseWords();

    public static string Repair(string text)
    {
        text = text.IndexOfAny(['[', '{']) < 0 ? text : WordRegex().Replace(text, m => RepairWord(m) ?? m.Value);
        return text.Contains('j', StringComparison.OrdinalIgnoreCase) ? JPairRegex().Replace(text, m => RepairPair(m) ?? m.Value) : text;
    }

    /// <summary>
    /// The same vowel read as an "f" or "l" and a "j" ("phifju" for phiếu, "Tifjn" for tiền, "philju"): repaired only to a
    /// word of the lexicon, so a word really spelt with "fj" or "lj" stays.
    /// </summary>
    private static string? RepairPair(Match m)
    {
        var (before, after) = (m.Groups["before"].Value, m.Groups["after"].Value);
        return Best(before, after) is { } v ? before + v + after : null;
    }

    private static string? RepairWord(Match m)
    {
        var (before, after) = (m.Groups["before"].Value, m.Groups["after"].Value);
        var stroke = m.Groups["stroke"].Value;
        // "ti[In": the bracket and its stroke are one vowel; else the stroke may be a letter of the word ("[In" as "?In").
        return Best(before, after) is { } v ? before + v + after
            : stroke.Length > 0 && Best(before, stroke + after) is { } w ? before + w + stroke + after
            : null;
    }

    private static char? Best(string before, string after)
    {
        char? best = null;
        var bestCount = 0;
        foreach (var vowel in "aeiouy")
        {
            var word = TextFolding.Fold(before + vowel + after);
            if (s_words.TryGetValue(word, out var count) && count > bestCount)
            {
                (best, bestCount) = (vowel, count);
            }
        }

        // "T[NG" stays upper case.
        var around = before + after;
        return best is { } b && around.Length > 0 && !around.Any(char.IsLower) ? char.ToUpperInvariant(b) : best;
    }

    private static Dictionary<string, int> VietnameseWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in LabelLexicon.Concepts.Values.SelectMany(c => c.TryGetValue("vi", out var p) ? p : []))
        {
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)))
            {
                words[word] = words.GetValueOrDefault(word) + 1;
            }
        }

        return words;
    }

    [GeneratedRegex(@"(?<![\p{L}\[{])(?<before>\p{L}*?)[fl][jJ](?<after>\p{L}*)", RegexOptions.IgnoreCase, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex JPairRegex();

    [GeneratedRegex(@"(?<before>\p{L}*)[\[{](?<stroke>[\]Il|ij1J])?(?<after>\p{L}*)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex WordRegex();
}

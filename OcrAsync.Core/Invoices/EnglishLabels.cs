namespace OcrAsync.Core.Invoices;

/// <summary>
/// Whether a page's field labels are English only (<see cref="LabelLexicon"/>): it prints English labels and none that
/// only another language uses. Such a page's names have no letters the first read's models lack, so
/// <see cref="AccentRepair"/> has nothing to put back there. Short phrases ("no", "mst") are left out: a few misread
/// letters could spell them.
/// </summary>
internal static class EnglishLabels
{
    private const string English = "en";
    private const int MinimumLetters = 5;

    private static readonly (string[] EnglishOnly, string[] OtherOnly) Phrases = Split();

    /// <summary>True when <paramref name="pageText"/> has an English-only label and no label of another language only.</summary>
    public static bool IsEnglishOnly(string pageText)
    {
        var text = Normalize(pageText);
        return Phrases.EnglishOnly.Any(p => Contains(text, p)) && !Phrases.OtherOnly.Any(p => Contains(text, p));
    }

    private static (string[] EnglishOnly, string[] OtherOnly) Split()
    {
        var byLanguage = LabelLexicon.Concepts.Values
            .SelectMany(languages => languages.SelectMany(l => l.Value.Select(phrase => (Language: l.Key, Phrase: Normalize(phrase)))))
            .Where(p => p.Phrase.Count(char.IsLetter) >= MinimumLetters)
            .ToList();
        var english = byLanguage.Where(p => p.Language == English).Select(p => p.Phrase).ToHashSet(StringComparer.Ordinal);
        var other = byLanguage.Where(p => p.Language != English).Select(p => p.Phrase).ToHashSet(StringComparer.Ordinal);
        return ([.. english.Except(other)], [.. other.Except(english)]);
    }

    // Label form (folded, OCR digit confusions undone), without the optional dots, one space between words.
    private static string Normalize(string text) =>
        string.Join(' ', TextFolding.LabelForm(text).Replace(".", string.Empty, StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // A phrase starts a word and, when it ends with a letter, ends one.
    private static bool Contains(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            var starts = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var ends = !char.IsLetter(phrase[^1]) || end == text.Length || !char.IsLetter(text[end]);
            if (starts && ends)
            {
                return true;
            }
        }

        return false;
    }
}

namespace OcrAsync.Core.Invoices.Labels;

/// <summary>
/// A label OCR damaged by one character ("Ne da fatura:" for "Nº da fatura:", "Tigue n°" for "Tique nº"): the words of
/// a segment before its first digit, compared with a concept's phrases without spaces and dots, at most one character
/// changed, lost or added. Only phrases of <see cref="MinLength"/> characters or more: shorter ones are one slip from too much.
/// </summary>
internal static class FuzzyLabel
{
    public const int MinLength = 6;

    private static readonly Dictionary<string, string[]> s_compact = new(StringComparer.Ordinal);

    /// <summary>The end of the damaged label at the start of <paramref name="label"/> (label form), or null when there is none.</summary>
    public static int? Match(string label, string concept)
    {
        label = GluedDigits(label);
        var end = label.IndexOfAny("0123456789".ToCharArray());
        end = end < 0 ? label.Length : end;
        var words = Compact(label[..end]);
        if (words.Length < MinLength || !Phrases(concept).Any(p => TextFolding.WithinOneEdit(words, p)))
        {
            return null;
        }

        return end;
    }

    /// <summary>
    /// A digit that opens a word of letters is a letter OCR misread ("5ö phiếu" for "Số phiếu", "0rder"): its look-alike,
    /// so it neither ends the label nor is dropped from it. The same length, so the end found stays an index of the label.
    /// </summary>
    private static string GluedDigits(string label)
    {
        var chars = label.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if ((i == 0 || !char.IsLetterOrDigit(chars[i - 1])) && char.IsLetter(chars[i + 1]))
            {
                chars[i] = chars[i] switch { '5' => 's', '0' => 'o', '1' => 'l', var c => c };
            }
        }

        return new string(chars);
    }

    private static string[] Phrases(string concept)
    {
        lock (s_compact)
        {
            if (!s_compact.TryGetValue(concept, out var phrases))
            {
                phrases = [.. LabelLexicon.Concepts[concept].Values.SelectMany(p => p).Select(Compact).Where(p => p.Length >= MinLength).Distinct(StringComparer.Ordinal)];
                s_compact[concept] = phrases;
            }

            return phrases;
        }
    }

    /// <summary>Letters and the numero signs only ("nº da fatura:" → "nºdafatura"); a degree sign is OCR's numero sign.</summary>
    private static string Compact(string text) =>
        new([.. text.Where(c => char.IsLetter(c) || c is '°' or '#').Select(c => c == '°' ? 'º' : c)]);
}

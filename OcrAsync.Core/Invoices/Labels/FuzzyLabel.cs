namespace OcrAsync.Core.Invoices.Labels;

/// <summary>
/// A label OCR damaged ("Ne da fatura:" for "Nº da fatura:", "Tigue n°" for "Tique nº"): the words of a segment before
/// its first digit, or the first of them when the value starts with letters ("Ne da fatura: BL57035"), compared with a
/// concept's phrases without spaces and dots: at most one character changed, lost or added, two in a phrase of
/// <see cref="TwoSlipLength"/> characters or more ("Numcro de faclura"). Only phrases of <see cref="MinLength"/>
/// characters or more: shorter ones are one slip from too much.
/// </summary>
internal static class FuzzyLabel
{
    public const int MinLength = 6;

    /// <summary>A phrase this long is still far from every other label when OCR damaged two of its characters.</summary>
    public const int TwoSlipLength = 12;

    /// <summary>The letters a value may start with ("BL", "FAC", "INV").</summary>
    private const int MaxValueLetters = 4;

    private static readonly Dictionary<string, string[]> s_compact = new(StringComparer.Ordinal);

    /// <summary>The end of the damaged label at the start of <paramref name="label"/> (label form), or null when there is none.</summary>
    public static int? Match(string label, string concept)
    {
        label = GluedDigits(label);
        var end = label.IndexOfAny("0123456789".ToCharArray());
        end = end < 0 ? label.Length : end;
        var (words, ends) = Compact(label[..end]);
        if (words.Length < MinLength)
        {
            return null;
        }

        var phrases = Phrases(concept);
        if (phrases.Any(p => Near(words, p)))
        {
            return end;
        }

        // The value starts with a few letters ("BL57035", "FAC-2023"): the label is the first words, ending where a word
        // ends, and only those letters lie between it and the first digit.
        if (end == label.Length)
        {
            return null;
        }

        foreach (var p in phrases)
        {
            for (var n = p.Length - 1; n <= p.Length + 1; n++)
            {
                if (n >= MinLength && n < words.Length && !char.IsLetter(label, ends[n - 1]) && words.Length - n <= MaxValueLetters && Near(words[..n], p))
                {
                    return ends[n - 1];
                }
            }
        }

        return null;
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

    private static bool Near(string words, string phrase) =>
        phrase.Length >= TwoSlipLength ? Math.Abs(words.Length - phrase.Length) <= 2 && TextFolding.EditDistance(words, phrase) <= 2 : TextFolding.WithinOneEdit(words, phrase);

    private static string[] Phrases(string concept)
    {
        lock (s_compact)
        {
            if (!s_compact.TryGetValue(concept, out var phrases))
            {
                phrases = [.. LabelLexicon.Concepts[concept].Values.SelectMany(p => p).Select(p => Compact(p).Letters).Where(p => p.Length >= MinLength).Distinct(StringComparer.Ordinal)];
                s_compact[concept] = phrases;
            }

            return phrases;
        }
    }

    /// <summary>
    /// Letters and the numero signs only ("nº da fatura:" → "nºdafatura"; a degree sign is OCR's numero sign), and where
    /// each kept character ends in <paramref name="text"/>.
    /// </summary>
    private static (string Letters, int[] Ends) Compact(string text)
    {
        var letters = new System.Text.StringBuilder(text.Length);
        var ends = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]) || text[i] is '°' or '#')
            {
                letters.Append(text[i] == '°' ? 'º' : text[i]);
                ends.Add(i + 1);
            }
        }

        return (letters.ToString(), [.. ends]);
    }
}

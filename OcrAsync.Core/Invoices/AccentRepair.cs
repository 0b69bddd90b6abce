namespace OcrAsync.Core.Invoices;

/// <summary>
/// Puts back the accents a first OCR read dropped from a name, from a second read of its line with a model whose
/// character set has them ("Muller" + "Müller Haustechnik GmbH" → "Müller"). Only accents, case and the stroke of "đ"
/// may change: the second read must spell the same letters, so a worse second read changes nothing.
/// </summary>
public static class AccentRepair
{
    /// <summary>Tesseract's Latin-script model: every accented letter of the European label languages.</summary>
    public const string LatinModel = "Latin";

    /// <summary>Vietnamese stacks two marks on one letter ("ổ", "ạ"), which the Latin model reads less well than "vie".</summary>
    public const string VietnameseModel = "vie";

    // The legal forms of English company names (the last word): "Ltd", "Pte. Ltd.", "LLC", "Sdn Bhd".
    private static readonly HashSet<string> EnglishLegalForms = new(["ltd", "limited", "llc", "llp", "inc", "plc", "corp", "corporation", "bhd"], StringComparer.Ordinal);

    /// <summary>The model for the second read of a name on a page whose first read is <paramref name="pageText"/>.</summary>
    public static string ModelFor(string pageText) => VietnameseLetters.IsVietnamese(pageText) ? VietnameseModel : LatinModel;

    /// <summary>
    /// Whether a second read of <paramref name="value"/>'s line can change it: it has letters, and it is not an English
    /// company's name (an English legal form) on an English-only page (<paramref name="pageText"/>): such names are plain
    /// ASCII, and on tuning seeds 1 and 3 the second read changed none of them. A Vietnamese page, a page in another
    /// language, or a German name (GmbH) on an English invoice is read again.
    /// </summary>
    public static bool MayRestore(string value, string pageText) =>
        value.Any(char.IsLetter)
        && (VietnameseLetters.IsVietnamese(pageText) || !HasEnglishLegalForm(value) || !EnglishLabels.IsEnglishOnly(pageText));

    /// <summary>
    /// <paramref name="value"/> with each word that <paramref name="reread"/> spells with other accents or case taken
    /// from it, words matched in reading order; null when no word changed. Words the second read spells differently
    /// (other letters, other punctuation) stay as the first read had them, and so do words the second read spells with
    /// fewer marks (<see cref="Marks"/>). <paramref name="lostOnly"/>: only words the second read spells with more marks
    /// change (a read with the page's own model, not one chosen for its accents, may misplace a mark as often as the first).
    /// </summary>
    public static string? Restore(string value, string reread, bool lostOnly = false)
    {
        var words = value.Split(' ');
        var second = reread.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var next = 0;
        var changed = false;
        for (var i = 0; i < words.Length && next < second.Length; i++)
        {
            var folded = TextFolding.Fold(words[i]);
            var match = Array.FindIndex(second, next, w => (w.Length == words[i].Length && TextFolding.Fold(w) == folded) || FillsBracket(words[i], w));
            if (folded.Length == 0 || match < 0)
            {
                continue;
            }

            // A second read with fewer marks than the first lost some ("Cua" for a repaired "Cửa"): never a repair.
            if (lostOnly ? Marks(second[match]) > Marks(words[i]) : Marks(second[match]) >= Marks(words[i]))
            {
                changed |= second[match] != words[i];
                words[i] = second[match];
            }

            next = match + 1;
        }

        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// The first read has a bracket where <c>eng+vie</c> could not read a vowel with two marks ("Ti[in", "Tr[]n") and the
    /// second read spells the word with one vowel there and the same letters around it ("Tiến", "Trần").
    /// </summary>
    private static bool FillsBracket(string first, string second)
    {
        var at = first.IndexOfAny(['[', '{']);
        if (at < 0 || first.IndexOfAny(['[', '{'], at + 1) >= 0)
        {
            return false;
        }

        var (before, rest) = (TextFolding.Fold(first[..at]), TextFolding.Fold(first[(at + 1)..]));
        var read = TextFolding.Fold(second);
        bool Fits(string after) => read.Length == before.Length + 1 + after.Length && read.StartsWith(before, StringComparison.Ordinal)
            && read.EndsWith(after, StringComparison.Ordinal) && "aeiouy".Contains(read[before.Length]) && after.All(char.IsLetter);

        // The stroke after the bracket ("[I", "[]") is part of the vowel, or a letter of the word.
        return Fits(rest) || (rest.Length > 0 && "]il|j1".Contains(rest[0]) && Fits(rest[1..]));
    }

    /// <summary>How many diacritic marks a word carries: each combining mark of its decomposed form, and the stroke of "đ".</summary>
    internal static int Marks(string word) =>
        word.Normalize(NormalizationForm.FormD).Count(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is 'đ' or 'Đ');

    private static bool HasEnglishLegalForm(string value) =>
        value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var last]
        && EnglishLegalForms.Contains(TextFolding.Fold(last).Trim('.', ','));
}

namespace OcrAsync.Core.Invoices;

/// <summary>
/// Whether a closer second read of the vendor's row replaces the name the first read gave. The first read of a receipt
/// loses letters where a stretch of the thermal print faded: a global threshold drops the pale letters, and the page
/// layout then splits the row at the gap or cuts it ("Distribucione" for "Distribuciones García S.A."). Read again as one
/// line, darkened and at a good text height, the name comes back whole. Only on evidence: the second read is confident
/// in the name's words (specks read beside them aside), has every letter of the first read's name in order (at most a
/// letter or two read otherwise, a digit read for the letter it looks like aside), and more letters; never fewer letters
/// or accent marks. With as many letters, it corrects the letters the first read read otherwise, word by
/// word (<see cref="Corrected"/>). Beside the name it takes only what the first read lost or damaged: it stops at a word
/// with a digit (a registration or phone number) and at a line the first read had already read the same (a branch or
/// address the extractor left out on purpose).
/// </summary>
public static class NameReread
{
    /// <summary>The least mean confidence of the name's words in a second read that may replace it (a doubtful read adds letters that are not there).</summary>
    public const double MinConfidence = 0.85;

    /// <summary>Below this confidence a word at an end of the second read's name is a speck, not part of the name.</summary>
    public const double SpeckConfidence = 0.5;

    /// <summary>First-read letters the second read may read otherwise or leave out: one, and one more for every 15 letters.</summary>
    private const int LettersPerAllowedChange = 15;

    /// <summary>
    /// The second read's name, or null when <paramref name="first"/> (read at <paramref name="box"/>) stays.
    /// <paramref name="row"/>: the first read's lines on the name's row, its own line with only the words the extractor
    /// left out of the name.
    /// </summary>
    public static string? Choose(string first, BoundingBox box, OcrLine reread, IReadOnlyList<OcrLine> row)
    {
        var words = reread.Words;
        var start = IndexOf(words, w => Overlaps(w.Box, box));
        if (start < 0)
        {
            return null;
        }

        var end = IndexOf(words, w => Overlaps(w.Box, box), last: true);
        while (start > 0 && Lost(words[start - 1], words, row, box))
        {
            start--;
        }

        while (end < words.Count - 1 && Lost(words[end + 1], words, row, box))
        {
            end++;
        }

        var span = words.Skip(start).Take(end - start + 1).ToList();
        while (span.Count > 0 && (!IsWord(span[^1].Text) || IsSpeck(span[^1])))
        {
            span.RemoveAt(span.Count - 1);
        }

        while (span.Count > 0 && (!IsWord(span[0].Text) || IsSpeck(span[0])))
        {
            span.RemoveAt(0);
        }

        if (span.Count == 0 || Confidence(span, reread) < MinConfidence)
        {
            return null;
        }

        var kept = span.Select(w => w.Text).ToList();
        var name = string.Join(' ', kept);
        var (had, read) = (Letters(first), Letters(name));
        if (read.Length == had.Length)
        {
            name = Corrected(first, kept);
            read = Letters(name);
            if (read == had)
            {
                return null;
            }
        }

        return read.Length >= had.Length && AccentRepair.Marks(name) >= AccentRepair.Marks(first)
            && Changes(had, read) <= 1 + (had.Length / LettersPerAllowedChange)
            ? name
            : null;
    }

    /// <summary>
    /// The first read's name with its words as the second read spells them, word for word, when the second read has as
    /// many letters (a letter of small thermal print read otherwise the first time: "W" for "M", "1" for "I"
    /// between dots). A word keeps the first read's spelling where the second read has more digits in it (a letter read as a
    /// digit: "5/8" for "S/B") or where only the first is a word of a legal form (the extractor repaired it). The first
    /// read's name when the words do not pair up.
    /// </summary>
    private static string Corrected(string first, List<string> kept)
    {
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != kept.Count || kept.Count == 0)
        {
            return first;
        }

        // A speck or stroke read before the first word ("-99", "|MR.").
        var opening = new string([.. kept[0].SkipWhile(c => !char.IsLetterOrDigit(c) && c != '(')]);
        return string.Join(' ', words.Zip(kept.Skip(1).Prepend(opening), (had, read) =>
            read.Count(char.IsDigit) > had.Count(char.IsDigit) || (LegalForms.IsFormWord(had) && !LegalForms.IsFormWord(read)) ? had : read));
    }

    /// <summary>
    /// How many of <paramref name="had"/>'s letters <paramref name="read"/> reads otherwise or leaves out, when letters
    /// it adds (anywhere: lost at a cut or in a faded stretch) cost nothing, nor does a digit of the first read that the
    /// second reads as the letter it is taken for ("1" for "i", "0" for "o": a name has few digits, OCR reads many).
    /// </summary>
    internal static int Changes(string had, string read)
    {
        // cost[j]: the fewest changes that match had[..i] inside read[..j].
        var cost = new int[read.Length + 1];
        for (var i = 1; i <= had.Length; i++)
        {
            var diagonal = cost[0];
            cost[0] = i;
            for (var j = 1; j <= read.Length; j++)
            {
                var above = cost[j];
                cost[j] = Math.Min(Math.Min(above + 1, cost[j - 1]), diagonal + (had[i - 1] == read[j - 1] || IsDigitFor(had[i - 1], read[j - 1]) ? 0 : 1));
                diagonal = above;
            }
        }

        return cost[read.Length];
    }

    /// <summary>A digit that OCR reads for <paramref name="letter"/> (both lower-cased, without accents).</summary>
    private static bool IsDigitFor(char digit, char letter) => (digit, letter) switch
    {
        ('0', 'o' or 'd') or ('1', 'i' or 'l') or ('5', 's') or ('8', 'b') or ('2', 'z') or ('6', 'g') => true,
        _ => false,
    };

    /// <summary>
    /// A word beside the name that the first read lost or damaged: no digit, not on a line of the row that the first read
    /// read the same as the second, and not over a word of the name's own line that the extractor left out.
    /// </summary>
    private static bool Lost(OcrWord word, IReadOnlyList<OcrWord> reread, IReadOnlyList<OcrLine> row, BoundingBox box) =>
        !word.Text.Any(char.IsDigit)
        && !row.Any(l => l.Words.Count > 0 && (Overlaps(l.Box, box)
            ? l.Words.Any(w => Overlaps(w.Box, word.Box))
            : Overlaps(l.Box, word.Box) && l.Words.All(w => reread.Any(r => Overlaps(r.Box, w.Box) && Letters(r.Text) == Letters(w.Text)))));

    /// <summary>
    /// The mean confidence of the name's words when the engine gave each word's: the line's mean counts the specks and
    /// strokes read beside the name ("| … i", a registration number's bracket), which say nothing of the name's letters.
    /// </summary>
    private static double Confidence(List<OcrWord> name, OcrLine reread) =>
        name.All(w => w.Confidence is not null) ? name.Average(w => w.Confidence!.Value) : reread.Confidence;

    /// <summary>A word at an end of the name the engine itself doubts: a speck or a stroke read as a letter or two.</summary>
    private static bool IsSpeck(OcrWord word) => word.Confidence < SpeckConfidence;

    /// <summary>Two letters or digits, or one with a mark of an abbreviation ("&amp;" aside, a lone letter at an end is a speck read as one).</summary>
    private static bool IsWord(string text) => text.Count(char.IsLetterOrDigit) >= 2 || (text.Any(char.IsLetterOrDigit) && text.Any(c => c is '.' or ')'));

    private static int IndexOf(IReadOnlyList<OcrWord> words, Func<OcrWord, bool> match, bool last = false)
    {
        var found = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (match(words[i]))
            {
                found = i;
                if (!last)
                {
                    break;
                }
            }
        }

        return found;
    }

    private static bool Overlaps(BoundingBox a, BoundingBox b) => Math.Min(a.X + a.Width, b.X + b.Width) > Math.Max(a.X, b.X);

    /// <summary>Letters and digits, lower-cased and without accents.</summary>
    internal static string Letters(string text) => new(TextFolding.Fold(text).Where(char.IsLetterOrDigit).ToArray());
}

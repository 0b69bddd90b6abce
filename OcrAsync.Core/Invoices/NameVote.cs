namespace OcrAsync.Core.Invoices;

/// <summary>
/// The vendor's name spelled word by word from several reads of its line: the first read and closer reads of the same
/// row at other scales and contrasts (<see cref="Processing.VendorLineReread"/>). Small thermal print and faded scans
/// make OCR read a letter or two of a name otherwise, and a closer read gets them right about as often as it gets them
/// wrong, at word confidences no higher than its wrong reads: one read's confidence cannot tell which is right. Two
/// other things can: <b>agreement</b> (a spelling two reads give independently beats one only the first read gave) and
/// <b>real words</b> (a spelling that is a common business word or a legal form's word, <see cref="CompanyWords"/>,
/// beats one a letter or two away that is no word). Each read's words are paired with the first read's by their boxes on
/// the page; a read that does not pair with a word gives no vote for it. Only spellings close to the first read's count
/// (a letter or two changed, lost or added: the same word damaged, not another word), and never one with more digits (a
/// letter read as a digit).
/// </summary>
public static class NameVote
{
    /// <summary>
    /// The name <paramref name="first"/> with the words the reads outvote, or null when no word changes. Each word of the
    /// name is voted where it pairs with one of <paramref name="firstWords"/>, the first read's words of the name's line in
    /// order (<see cref="Pairs"/>), whose confidence is <paramref name="firstConfidence"/> where the engine gave none of its own.
    /// </summary>
    public static string? Choose(string first, IReadOnlyList<OcrWord> firstWords, double firstConfidence, IReadOnlyList<OcrLine> reads)
    {
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pairs = Pairs(words, firstWords);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (pairs[i] is not { } at)
            {
                continue;
            }

            List<(string Text, double Confidence)> spellings = [(words[i], firstWords[at].Confidence ?? firstConfidence)];
            spellings.AddRange(reads.Select(r => Paired(r.Words, firstWords, at)).OfType<OcrWord>().Select(w => (Trimmed(w.Text), w.Confidence ?? 0)));
            if (Winner(words[i], spellings) is { } better)
            {
                words[i] = better;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// Whether <paramref name="reads"/> do not read a word of the name as the first read did (another spelling, or no word
    /// there): the line is doubtful, and more reads of it can settle the word (<see cref="Choose"/>).
    /// </summary>
    public static bool Disputed(string first, IReadOnlyList<OcrWord> firstWords, IReadOnlyList<OcrLine> reads)
    {
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pairs = Pairs(words, firstWords);
        return Enumerable.Range(0, words.Length)
            .Any(i => pairs[i] is { } at && reads.Any(r => Paired(r.Words, firstWords, at) is not { } w || Key(w.Text) != Key(words[i])));
    }

    /// <summary>
    /// For each word of the name, the index of the first read's word that spells it (in order), or null where none does:
    /// a word the extractor repaired ("Bnd" made "Bhd") or took from the next line (a name wrapped over two) has no word
    /// of the read line and gets no vote; the others still do.
    /// </summary>
    private static int?[] Pairs(string[] words, IReadOnlyList<OcrWord> firstWords)
    {
        var pairs = new int?[words.Length];
        var next = 0;
        for (var i = 0; i < words.Length && next < firstWords.Count; i++)
        {
            var key = Key(words[i]);
            var at = Enumerable.Range(next, firstWords.Count - next).FirstOrDefault(j => Key(firstWords[j].Text) == key, -1);
            if (key.Length > 0 && at >= 0)
            {
                pairs[i] = at;
                next = at + 1;
            }
        }

        return pairs;
    }

    /// <summary>
    /// Whether a word of <paramref name="name"/> shows OCR damage: a sign no name spells inside a word ("M!WAR",
    /// "SEN|A"), or a digit between letters ("BUK1T"). Such a name is worth a vote even on a page whose first read is
    /// otherwise trusted.
    /// </summary>
    public static bool LooksDamaged(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Count(char.IsLetter) >= 2
            && (w.IndexOfAny(DamageSigns) >= 0 || Enumerable.Range(1, Math.Max(0, w.Length - 2)).Any(i => char.IsDigit(w[i]) && char.IsLetter(w[i - 1]) && char.IsLetter(w[i + 1]))));

    /// <summary>The mean confidence of the name's words under which a clean page's name is doubtful enough for a vote.</summary>
    public const double DoubtfulConfidence = 0.8;

    /// <summary>
    /// Whether the engine doubts the name's words (<paramref name="words"/>, each with its confidence, or
    /// <paramref name="lineConfidence"/> where it gave none): a name damaged without a sign inside a word.
    /// </summary>
    public static bool Doubtful(IReadOnlyList<OcrWord> words, double lineConfidence) =>
        words.Count > 0 && words.Average(w => w.Confidence ?? lineConfidence) < DoubtfulConfidence;

    /// <summary>Signs OCR reads for a letter it could not make out, which no name spells.</summary>
    private static readonly char[] DamageSigns = ['!', '|', '¦', '?', '{', '}', '[', ']', '<', '>', '©', '®', '«', '»', '\\'];

    /// <summary>
    /// The spelling that replaces <paramref name="had"/>, or null when it stays: a real word over no word; otherwise a
    /// spelling given by two reads or more, and by more reads than <paramref name="had"/>'s; of one spelling, the text of
    /// its surest read.
    /// </summary>
    private static string? Winner(string had, List<(string Text, double Confidence)> spellings)
    {
        var own = Key(had);
        if (own.Length == 0 || LegalForms.IsFormWord(had))
        {
            return null;
        }

        var groups = spellings.Where(s => Key(s.Text) is { Length: > 0 } key && (key == own || (Close(own, key) && Digits(key) <= Digits(own))))
            .GroupBy(s => Key(s.Text)).ToList();
        var ownCount = groups.FirstOrDefault(g => g.Key == own)?.Count() ?? 1;
        var ownReal = CompanyWords.Contains(had);
        var best = groups.Where(g => g.Key != own)
            .Select(g => (Group: g, Real: CompanyWords.Contains(g.Key), Count: g.Count()))
            .Where(g => (g.Real && !ownReal) || (g.Real == ownReal && g.Count >= 2 && g.Count > ownCount))
            .OrderByDescending(g => g.Real).ThenByDescending(g => g.Count).ThenByDescending(g => g.Group.Max(s => s.Confidence))
            .FirstOrDefault();
        return best.Group?.MaxBy(s => s.Confidence).Text;
    }

    /// <summary>
    /// The word of <paramref name="read"/> that pairs with the first read's word <paramref name="index"/>: the one that
    /// overlaps it most, over half the narrower of the two, and overlaps no other word of the first read more.
    /// </summary>
    private static OcrWord? Paired(IReadOnlyList<OcrWord> read, IReadOnlyList<OcrWord> firstWords, int index)
    {
        var target = firstWords[index].Box;
        var word = read.MaxBy(w => w.Box.HorizontalOverlap(target));
        if (word is null || word.Box.HorizontalOverlap(target) * 2 <= Math.Min(word.Box.Width, target.Width)
            || read.Any(w => w != word && w.Box.HorizontalOverlap(target) * 2 > w.Box.Width))
        {
            return null; // no word there, or the read split the word in two ("ANNA'" and "S"): neither half spells it
        }

        var mine = word.Box.HorizontalOverlap(target);
        return firstWords.Where((_, i) => i != index).Any(w => word.Box.HorizontalOverlap(w.Box) > mine) ? null : word;
    }

    /// <summary>A letter or two apart: at most one change in four letters, and one at least.</summary>
    private static bool Close(string had, string read) =>
        Math.Abs(had.Length - read.Length) <= 2 && TextFolding.EditDistance(had, read) <= Math.Max(1, had.Length / 4);

    /// <summary>A speck or stroke read before or after the word ("|MR", "BHD'") is not part of it.</summary>
    private static string Trimmed(string text) =>
        new string([.. text.SkipWhile(c => !char.IsLetterOrDigit(c) && c != '(')]).TrimEnd('|', '\'', '"', '`', '‘', '’', '“', '”', '!', ':', ';', ',', '_', '~', '-');

    private static int Digits(string key) => key.Count(char.IsDigit);

    /// <summary>Letters and digits, lower-cased and without accents.</summary>
    private static string Key(string text) => NameReread.Letters(text);
}

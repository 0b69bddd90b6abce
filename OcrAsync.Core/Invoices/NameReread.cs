using OcrAsync.Core.Ocr;

namespace OcrAsync.Core.Invoices;

/// <summary>
/// Whether a closer second read of the vendor's line replaces the name the first read gave. The first read of a receipt
/// loses letters where a stretch of the thermal print faded: a global threshold drops the pale letters, and the page
/// layout then splits the line at the gap or cuts it ("Distribucione" for "Distribuciones García S.A."). Read again as one
/// line, darkened and at a good text height, the name comes back whole. Only on evidence: the second read is confident,
/// has every letter of the first read's name in order (at most a letter or two read otherwise), and more letters; never
/// fewer letters or accent marks.
/// </summary>
public static class NameReread
{
    /// <summary>The least mean word confidence of a second read that may replace a name (a doubtful read adds letters that are not there).</summary>
    public const double MinConfidence = 0.85;

    /// <summary>First-read letters the second read may read otherwise or leave out: one, and one more for every 15 letters.</summary>
    private const int LettersPerAllowedChange = 15;

    /// <summary>The second read's name, or null when <paramref name="first"/> stays.</summary>
    public static string? Choose(string first, OcrLine reread)
    {
        var words = reread.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindIndex(words, w => w.Any(char.IsLetterOrDigit));
        var end = Array.FindLastIndex(words, w => w.Any(char.IsLetterOrDigit));
        if (start < 0 || reread.Confidence < MinConfidence)
        {
            return null;
        }

        var name = string.Join(' ', words[start..(end + 1)]);
        var (had, read) = (Letters(first), Letters(name));
        return read.Length > had.Length && AccentRepair.Marks(name) >= AccentRepair.Marks(first)
            && Changes(had, read) <= 1 + (had.Length / LettersPerAllowedChange)
            ? name
            : null;
    }

    /// <summary>Letters and digits, lower-cased and without accents.</summary>
    private static string Letters(string text) => new(TextFolding.Fold(text).Where(char.IsLetterOrDigit).ToArray());

    /// <summary>
    /// How many of <paramref name="had"/>'s letters <paramref name="read"/> reads otherwise or leaves out, when letters
    /// it adds (anywhere: lost at a cut or in a faded stretch) cost nothing.
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
                cost[j] = Math.Min(Math.Min(above + 1, cost[j - 1]), diagonal + (had[i - 1] == read[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return cost[read.Length];
    }
}

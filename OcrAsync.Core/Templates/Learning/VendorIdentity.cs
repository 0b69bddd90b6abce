namespace OcrAsync.Core.Templates.Learning;

/// <summary>The words that tell one vendor's invoices from the others', and matching them on a new document.</summary>
internal static partial class VendorIdentity
{
    /// <summary>Words printed on most invoices, useless to tell vendors apart.</summary>
    private static readonly HashSet<string> Common =
    [
        "invoice", "tax", "sales", "bill", "receipt", "date", "no", "number", "total", "page", "original", "copy",
        "hoa", "don", "gtgt", "ban", "hang", "so", "ngay", "the", "of", "and", "to", "from",
    ];

    /// <summary>
    /// The vendor's name when the page prints it, otherwise up to four distinctive words of the topmost line that
    /// has any (the letterhead).
    /// </summary>
    public static IReadOnlyList<string> Keywords(IReadOnlyList<PageWords> pages, string? vendorName)
    {
        var text = pages.Count == 0 ? string.Empty : Compact(string.Join(' ', pages[0].Lines.SelectMany(l => l).Select(t => t.Text)));
        if (vendorName is { Length: > 0 } && Compact(vendorName) is { Length: >= 3 } name && text.Contains(name, StringComparison.Ordinal))
        {
            return [vendorName.Trim()];
        }

        foreach (var line in pages.Take(1).SelectMany(p => p.Lines))
        {
            var distinctive = line.Where(t => t.Key.Length >= 3 && t.Key.All(char.IsLetter) && !Common.Contains(t.Key)).Take(4).ToList();
            if (distinctive.Count > 0)
            {
                return [string.Join(' ', distinctive.Select(t => t.Text.Trim(':', ',', '.')))];
            }
        }

        return ["invoice"];
    }

    /// <summary>
    /// Every keyword appears in the text, ignoring case, accents and spaces (OCR often splits or joins words), with at
    /// most one misread character per eight ("Eabrikam Printing Co" still matches "Fabrikam Printing Co").
    /// </summary>
    public static bool Matches(IReadOnlyList<string> keywords, string compactText) =>
        keywords.Count > 0 && keywords.All(k => Compact(k) is { Length: > 0 } key && Contains(compactText, key, key.Length / 8));

    private static bool Contains(string text, string key, int maxMisreads)
    {
        if (text.Contains(key, StringComparison.Ordinal))
        {
            return true;
        }

        for (var start = 0; maxMisreads > 0 && start + key.Length <= text.Length; start++)
        {
            var misreads = 0;
            for (var i = 0; i < key.Length && misreads <= maxMisreads; i++)
            {
                misreads += text[start + i] == key[i] ? 0 : 1;
            }

            if (misreads <= maxMisreads)
            {
                return true;
            }
        }

        return false;
    }

    public static string Compact(string text) => NotLetterOrDigitRegex().Replace(TextFolding.Fold(text), string.Empty);

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotLetterOrDigitRegex();
}

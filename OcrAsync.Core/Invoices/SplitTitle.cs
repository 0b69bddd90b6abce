namespace OcrAsync.Core.Invoices;

/// <summary>
/// A document title OCR split with one space inside a word ("FACTU RA", "Rechnu ng", "FATT URA"): read as the title it
/// is, not as a name or the start of one. Only spaces near the start of the line are tried, so a name is never joined.
/// </summary>
internal static class SplitTitle
{
    /// <summary>How far into the line a split may be: a title word or two.</summary>
    private const int MaxSplitAt = 24;

    /// <summary>The line, once one space inside a title word is removed, is a title and nothing else.</summary>
    public static bool IsHeadingOnly(string label) =>
        Joined(label).Any(j => VendorLineText.HeadingOnly().IsMatch(j.Text));

    /// <summary>How long the leading title is on the line as read (its split space counted), or 0 when there is none.</summary>
    public static int LeadingLength(string label)
    {
        foreach (var (joined, space) in Joined(label))
        {
            // The title must run past the removed space: the split was inside it, not after it.
            if (VendorLineText.LeadingHeading().Match(joined) is { Success: true } title && title.Length > space)
            {
                return title.Length + 1;
            }
        }

        return 0;
    }

    private static IEnumerable<(string Text, int Space)> Joined(string label)
    {
        for (var space = label.IndexOf(' ', 1); space > 0 && space <= MaxSplitAt; space = label.IndexOf(' ', space + 1))
        {
            if (char.IsLetter(label[space - 1]) && space + 1 < label.Length && char.IsLetter(label[space + 1]))
            {
                yield return (label.Remove(space, 1), space);
            }
        }
    }
}

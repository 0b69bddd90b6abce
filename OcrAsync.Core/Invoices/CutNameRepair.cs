namespace OcrAsync.Core.Invoices;

/// <summary>
/// A name whose first letters were cut at the page's edge (a rotated scan: "apelería Martínez S.L.") gets them back from
/// another line of the document that prints the same name in full (a sender line, a legal footer, a signature): the
/// first word is the end of a longer word there, and the next words follow it unchanged.
/// </summary>
internal static class CutNameRepair
{
    /// <summary>Words after the cut one that must follow it on the other line (all of them when the name is shorter).</summary>
    private const int FollowingWords = 2;

    public static string Apply(string name, IReadOnlyList<InvoiceTextLine> lines, InvoiceTextLine line)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = TextFolding.Fold(words[0]);
        if (words.Length < 2 || cut.Length < 2 || !cut.All(char.IsLetter))
        {
            return name;
        }

        var following = words[1..Math.Min(words.Length, 1 + FollowingWords)].Select(TextFolding.Fold).ToList();
        foreach (var other in lines.Where(l => l.Index != line.Index))
        {
            var printed = other.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var j = 0; j + following.Count < printed.Length; j++)
            {
                var word = TextFolding.Fold(printed[j]);
                if (word.Length > cut.Length && word.EndsWith(cut, StringComparison.Ordinal) && word[..^cut.Length].All(char.IsLetter)
                    && following.Select((f, k) => TextFolding.Fold(printed[j + 1 + k]) == f).All(same => same))
                {
                    return printed[j][..^cut.Length] + name.TrimStart();
                }
            }
        }

        return name;
    }
}

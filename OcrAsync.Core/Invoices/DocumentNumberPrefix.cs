namespace OcrAsync.Core.Invoices;

/// <summary>
/// The first letter of a common document-number prefix OCR read as a look-alike: "TNV-2024-0117" or "1NV2024" for
/// "INV…", "EAC-42368" for "FAC-…". Only a three-letter prefix right before digits or a hyphen, one letter away from a
/// prefix of <see cref="Known"/> by a look-alike of that letter: a prefix the page really prints is seldom one look-alike
/// from the commonest ones, and never a digit or a bar.
/// </summary>
internal static class DocumentNumberPrefix
{
    /// <summary>Invoice number prefixes of the supported languages that OCR misreads at their first letter.</summary>
    private static readonly string[] Known = ["INV", "FAC"];

    /// <summary>What OCR reads for the first letter of a known prefix.</summary>
    private static readonly Dictionary<char, string> LookAlikes = new()
    {
        ['I'] = "T1l|",
        ['F'] = "E",
    };

    public static string Repair(string value)
    {
        if (value.Length < 5 || !(value[3] == '-' || char.IsAsciiDigit(value[3])))
        {
            return value;
        }

        foreach (var prefix in Known)
        {
            if (value[0] != prefix[0] && LookAlikes[prefix[0]].Contains(value[0], StringComparison.Ordinal)
                && value.AsSpan(1, 2).SequenceEqual(prefix.AsSpan(1)))
            {
                return prefix + value[3..];
            }
        }

        return value;
    }
}

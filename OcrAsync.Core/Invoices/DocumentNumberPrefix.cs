namespace OcrAsync.Core.Invoices;

/// <summary>
/// The first letter of a common document-number prefix OCR read as a look-alike: "TNV-2024-0117" or "1NV2024" for
/// "INV…", "EAC-42368" or "PAC-2023-7057" for "FAC-…". Only a three-letter prefix right before digits or a hyphen, one letter away from a
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
        ['F'] = "EP",
    };

    /// <summary>The Portuguese fiscal document types (invoice, simplified invoice, invoice-receipt, credit and debit note).</summary>
    private static readonly string[] PortugueseTypes = ["FT", "FS", "FR", "NC", "ND"];

    public static string Repair(string value) => PortugueseSeries(FirstLetter(value));

    /// <summary>
    /// A Portuguese document number is its type, a space, its series, a slash and the number ("FT A/123", SAF-T): OCR
    /// loses that narrow space ("FTX/450"), so a type code glued to a series of one to three letters before the slash gets it back.
    /// </summary>
    private static string PortugueseSeries(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash is >= 3 and <= 5 && slash < value.Length - 1 && PortugueseTypes.Contains(value[..2], StringComparer.Ordinal)
            && value.AsSpan(2, slash - 2).ContainsAnyExceptInRange('A', 'Z') is false && value.AsSpan(slash + 1).ContainsAnyExceptInRange('0', '9') is false
            ? value[..2] + " " + value[2..]
            : value;
    }

    private static string FirstLetter(string value)
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

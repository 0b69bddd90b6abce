namespace OcrAsync.Core.Invoices;

/// <summary>
/// The first letter of a common document-number prefix OCR read as a look-alike: "TNV-2024-0117" or "1NV2024" for
/// "INV…", "EAC-42368" or "PAC-2023-7057" for "FAC-…"; a series' first letter read as a digit ("2X69345", <see cref="SeriesHead"/>). Only a three-letter prefix right before digits or a hyphen, one letter away from a
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

    /// <summary>
    /// The letter a digit at the head of a letter series stands for: OCR reads Z as 2, S as 5, B as 8, O as 0, I as 1, G as 6.
    /// </summary>
    private static readonly Dictionary<char, char> SeriesLetters = new()
    {
        ['2'] = 'Z',
        ['5'] = 'S',
        ['8'] = 'B',
        ['0'] = 'O',
        ['1'] = 'I',
        ['6'] = 'G',
    };

    /// <summary>The Portuguese fiscal document types (invoice, simplified invoice, invoice-receipt, credit and debit note).</summary>
    private static readonly string[] PortugueseTypes = ["FT", "FS", "FR", "NC", "ND"];

    public static string Repair(string value) => PortugueseSeries(FirstLetter(SeriesHead(value)));

    /// <summary>
    /// A number shaped as one digit, one to three capitals and then digits ("2X69345" for ZX69345, "8L40211"): a series is
    /// letters then digits, and a digit before its letters is its first letter OCR read as a look-alike digit. A number
    /// that opens with two digits or more ("20X/1234", "12AB345") or has no digits after its letters is left as read.
    /// </summary>
    private static string SeriesHead(string value)
    {
        if (value.Length < 5 || !SeriesLetters.TryGetValue(value[0], out var letter))
        {
            return value;
        }

        var letters = 1;
        while (letters < value.Length && char.IsAsciiLetterUpper(value[letters]))
        {
            letters++;
        }

        var digits = value.Length - letters;
        return letters is >= 2 and <= 4 && digits >= 3 && value.AsSpan(letters).ContainsAnyExceptInRange('0', '9') is false
            ? letter + value[1..]
            : value;
    }

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

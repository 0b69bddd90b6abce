namespace OcrAsync.Core.Invoices;

/// <summary>
/// Amounts OCR printed with a letter for a digit: O for 0, S for 5, B for 8, l, I or | for 1 ("1S4.B0" is 154.80), or with
/// a colon for the decimal point (a thermal print's faint point read with a dot above it: "662:20"), or with a digit for
/// the decimal mark (a faint comma read as a 5: "136575" for 136,75). Such a
/// repair is only a candidate (<see cref="Resolution.CandidateFeatures.Repaired"/>): the page's arithmetic has to agree
/// with it before it is chosen over an amount read as printed.
/// </summary>
internal static partial class DigitRepair
{
    /// <summary>The repaired amounts of <paramref name="text"/>: tokens shaped like an amount with decimals, with at least one letter (or a colon for the point) and at least as many digits.</summary>
    public static IEnumerable<MoneyMatch> Amounts(string text)
    {
        foreach (Match m in ConfusedAmountRegex().Matches(text))
        {
            var token = m.Value;
            var letters = token.Count(char.IsLetter) + token.Count(c => c == '|');
            if ((letters == 0 && !token.Contains(':', StringComparison.Ordinal)) || token.Count(char.IsAsciiDigit) < letters)
            {
                continue;
            }

            var repaired = Repair(token);
            if (AmountParser.TryParse(repaired, out var amount, out _) && amount > 0)
            {
                yield return new MoneyMatch(amount, null, m.Index, m.Length, true);
            }
        }

        // A decimal mark read as a digit: the third digit from the end of a whole number was the mark.
        foreach (Match m in WholeNumberRegex().Matches(text))
        {
            var digits = m.Value;
            var amount = decimal.Parse(digits[..^3], CultureInfo.InvariantCulture) + decimal.Parse(digits[^2..], CultureInfo.InvariantCulture) / 100;
            if (amount > 0)
            {
                yield return new MoneyMatch(amount, null, m.Index, m.Length, true);
            }
        }
    }

    public static string Repair(string token) => string.Create(token.Length, token, static (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = t[i] switch
            {
                'O' or 'o' or 'D' => '0',
                'S' or 's' => '5',
                'B' => '8',
                'l' or 'I' or '|' or 'i' => '1',
                ':' => '.',
                var c => c,
            };
        }
    });

    /// <summary>A whole number of four to nine digits, no decimals, no grouping, not part of a longer token.</summary>
    [GeneratedRegex(@"(?<![\w.,'])\d{4,9}(?![\w.,'])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex WholeNumberRegex();

    /// <summary>An amount with two decimals where some digits are look-alike letters or the point a colon; a letter never starts it after a letter.</summary>
    [GeneratedRegex(@"(?<![\w.,|:])[\dOoDSsBlIi|]{1,3}(?:[.,]?[\dOoDSsBlIi|]{3})*[.,:][\dOoDSsBlIi|]{2}(?![\w|:])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex ConfusedAmountRegex();
}

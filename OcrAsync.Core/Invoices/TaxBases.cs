namespace OcrAsync.Core.Invoices;

/// <summary>
/// Net amounts a printed tax rate confirms: the rows of a VAT table ("9%  46 117.35  4 150.56": rate, base, tax) and, for
/// a tax line that prints its rate ("Tax (10%) 7 502,97"), the one amount on the page that rate turns into that tax
/// (under a label the lexicon does not know as a subtotal, "Net 75 029,70"). The bases summed with their taxes are a
/// total the page's arithmetic gives even when the subtotal was misread ("94 694.50" for 54 694.50) or not read at all:
/// the rate times the base agreeing with the tax to the cent is the evidence, so no label is needed.
/// </summary>
internal static partial class TaxBases
{
    /// <summary>Tokens a row may split one amount into; more would only be read as more amounts.</summary>
    private const int MaxTokens = 8;

    /// <summary>
    /// The confirmed (base, tax) sums: the VAT table's rows summed, and the bases of the rated tax lines summed with their
    /// taxes (only when every rated tax has exactly one amount on the page that is its base); empty when the page has neither.
    /// </summary>
    public static IReadOnlyList<(decimal Base, decimal Tax)> Find(IReadOnlyList<InvoiceTextLine> rows, IReadOnlyList<AmountCandidate> taxes)
    {
        var found = new List<(decimal Base, decimal Tax)>();
        var table = rows.Select(r => TableRow(r.Text)).OfType<(decimal Base, decimal Tax)>().Distinct().ToList();
        if (table.Count > 0)
        {
            found.Add((table.Sum(t => t.Base), table.Sum(t => t.Tax)));
        }

        var rated = taxes.Where(t => t is { Rate: not null, Amount: > 0 }).DistinctBy(t => t.Amount).ToList();
        if (rated.Count > 0)
        {
            var printed = rows.SelectMany(r => AmountParser.FindAll(r.Text).Select(m => m.Amount).Concat(DocumentConventions.SpaceGroupedReadings(r.Text)))
                .Where(a => a > 0).Distinct().ToList();
            var bases = rated.Select(t => printed.Where(a => a > t.Amount && Agrees(a, t.Rate!.Value, t.Amount)).ToList()).ToList();
            if (bases.All(b => b.Count == 1))
            {
                found.Add((bases.Sum(b => b[0]), rated.Sum(t => t.Amount)));
            }
        }

        return [.. found.Distinct()];
    }

    /// <summary>
    /// A row that opens with a rate and goes on with amounts, two of them in a row the rate relates (base, then its tax).
    /// Digits grouped with spaces are read every way the tokens allow ("46 117.35 4 150.56": 46117.35 and 4150.56), and the
    /// reading the rate confirms is taken, so the page's grouping vote does not matter here.
    /// </summary>
    internal static (decimal Base, decimal Tax)? TableRow(string text)
    {
        var m = RateRowRegex().Match(text);
        if (!m.Success || !decimal.TryParse(m.Groups["rate"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate is <= 0 or >= 100)
        {
            return null;
        }

        var tokens = m.Groups["rest"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(t => t.Any(char.IsAsciiDigit)).Take(MaxTokens).ToArray();
        foreach (var amounts in Readings(tokens, 0))
        {
            for (var i = 0; i + 1 < amounts.Count; i++)
            {
                if (amounts[i] > amounts[i + 1] && Agrees(amounts[i], rate, amounts[i + 1]))
                {
                    return (amounts[i], amounts[i + 1]);
                }
            }
        }

        return null;
    }

    /// <summary>Every way to read <paramref name="tokens"/> from <paramref name="start"/> on as amounts, a token of three digits joining the one before it.</summary>
    private static IEnumerable<List<decimal>> Readings(string[] tokens, int start)
    {
        if (start == tokens.Length)
        {
            yield return [];
            yield break;
        }

        for (var end = start + 1; end <= tokens.Length; end++)
        {
            if (end > start + 1 && !GroupRegex().IsMatch(tokens[end - 1]))
            {
                break;
            }

            if (!AmountParser.TryParse(string.Join(' ', tokens[start..end]), out var amount, out _))
            {
                continue;
            }

            foreach (var rest in Readings(tokens, end))
            {
                yield return [amount, .. rest];
            }
        }
    }

    /// <summary>The rate times the base is the tax, to the cent (to the unit for whole amounts: dong, yen).</summary>
    private static bool Agrees(decimal amount, decimal rate, decimal tax)
    {
        var computed = amount * rate / 100;
        var whole = decimal.Truncate(tax) == tax && decimal.Truncate(amount) == amount;
        return Math.Abs(computed - tax) <= (whole ? 1m : 0.01m);
    }

    /// <summary>A row that opens with a rate: "9% 46 117.35 4 150.56", "21 % 8577.15 1 801.20".</summary>
    [GeneratedRegex(@"^\s*(?<rate>\d{1,2}(?:[.,]\d{1,2})?)\s?%\s+(?<rest>\d.*)$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex RateRowRegex();

    /// <summary>A group of three digits that may continue the amount before it, with its decimals when it ends it.</summary>
    [GeneratedRegex(@"^\d{3}(?:[.,]\d{1,2})?$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex GroupRegex();
}

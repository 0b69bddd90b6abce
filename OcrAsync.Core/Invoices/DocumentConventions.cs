namespace OcrAsync.Core.Invoices;

/// <summary>
/// How one document writes its numbers and dates, decided once from every number and date on its pages: the digit
/// grouping of amounts ("27 551.55", "1'234.50", "12 345,67") and the order of day and month in numeric dates.
/// </summary>
/// <remarks>
/// A no-break space (U+00A0, U+202F, U+2009), an apostrophe (or what OCR reads for one: `, ´, °) between digit groups is grouping wherever it occurs. A plain
/// space is ambiguous ("2 100.00" may be a quantity and a price OCR read as one phrase), so it is grouping only when the
/// page votes for it: some amount is written "1 234.56" and amounts of four or more integer digits are not written another
/// way: never explicitly grouped with a comma or dot ("1,234.56"), and ungrouped ("1234.56", which is also what OCR makes
/// of a narrow no-break space it drops) at most twice as often as with spaces. Whole amounts of three or more groups
/// ("39 094 920") are grouped on such a page too. A space-grouped amount with a currency mark before it ("$59 629.51",
/// "EUR 1 234,56") is no quantity and price, so it votes for space grouping whatever the ungrouped amounts say (OCR drops
/// most narrow no-break spaces of a page, so those outnumber the spaced ones); so does a segment that is one space-grouped
/// amount with a currency mark after it ("450 360 VND", "327 240 d"). On such a page a segment that is one space-grouped
/// amount ("303 000", "VND 197 600") is joined whatever its number of groups: nothing beside it can be a quantity. A
/// segment that is one space-grouped amount with a group that starts with 0 ("492 000", "1 040 e") votes for space
/// grouping as surely as a currency mark does: read as two numbers, the second would be a price written "000" or "040",
/// which nobody prints ("2 100" alone may still be a quantity and a price, and does not vote). Such a segment may end
/// with one character OCR made of a currency mark it could not read ("14 040 ö" for "14 040 đ"). On a space-grouped page an amount that
/// ends its segment with a first group of four to six digits ("35679 960", one space lost) is joined too. OCR reads the
/// currency "đ" glued to an amount as "d" ("d92682360", "960d"): that "d" is "đ". Numeric dates vote for month-first when a middle part is above 12 and no first part is.
/// </remarks>
internal sealed partial record DocumentConventions(bool SpaceGrouping, DateOrder DateOrder)
{
    /// <summary>No evidence: only unambiguous grouping is joined, and dates are read day-first.</summary>
    public static readonly DocumentConventions Default = new(false, DateOrder.DayFirst);

    public static DocumentConventions Vote(IEnumerable<string> texts)
    {
        int spaced = 0, sure = 0, grouped = 0, ungrouped = 0, dayFirst = 0, monthFirst = 0;
        foreach (var text in texts)
        {
            spaced += SpaceGroupedRegex().Count(text);
            sure += CurrencySpaceGroupedRegex().Count(text)
                + (AmountAloneRegex().Match(text) is { Success: true } alone && (CurrencyAfterRegex().IsMatch(text) || alone.Groups["digits"].Value.Contains(" 0", StringComparison.Ordinal)) ? 1 : 0);
            grouped += OtherGroupedRegex().Count(text);
            ungrouped += UngroupedRegex().Count(text);
            foreach (Match m in NumericDateRegex().Matches(text))
            {
                var (a, b) = (int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture));
                dayFirst += a > 12 && b <= 12 ? 1 : 0;
                monthFirst += b > 12 && a <= 12 ? 1 : 0;
            }
        }

        return new DocumentConventions(spaced + sure > 0 && grouped == 0 && (spaced * 2 >= ungrouped || sure > 0), monthFirst > dayFirst ? DateOrder.MonthFirst : DateOrder.DayFirst);
    }

    /// <summary>The text with the grouping separators this document uses removed from inside its numbers.</summary>
    public string Normalize(string text)
    {
        text = SureGroupRegex().Replace(GluedDongRegex().Replace(text, "đ"), "");
        if (!SpaceGrouping)
        {
            return text;
        }

        text = LostSpaceRegex().Replace(text, m => m.Value.Replace(" ", "", StringComparison.Ordinal));
        if (AmountAloneRegex().Match(text) is { Success: true } alone)
        {
            // A segment that is one amount ("303 000", "VND 197 600"): no quantity beside it.
            var digits = alone.Groups["digits"];
            return text[..digits.Index] + digits.Value.Replace(" ", "", StringComparison.Ordinal) + text[(digits.Index + digits.Length)..];
        }

        return SpaceGroupRegex().Replace(text, m => m.Groups["tail"].Success || m.Value.Count(c => c == ' ') >= 2 ? m.Value.Replace(" ", "", StringComparison.Ordinal) : m.Value);
    }

    /// <summary>
    /// What the plain-space grouped digits of <paramref name="text"/> make read as one amount ("16 899.19" → 16899.19),
    /// whatever the page voted: a page whose other amounts OCR printed ungrouped ("2197.50", its narrow no-break spaces
    /// dropped) does not vote for space grouping, yet its total may be printed "16 899.19". Only the page's arithmetic may
    /// confirm such a reading (<see cref="TotalRelations"/>), so "2 100.00", a quantity and a price, stays two.
    /// </summary>
    public static IEnumerable<decimal> SpaceGroupedReadings(string text)
    {
        foreach (Match m in SpaceGroupRegex().Matches(text))
        {
            if (AmountParser.TryParse(m.Value.Replace(" ", "", StringComparison.Ordinal), out var amount, out _) && amount > 0)
            {
                yield return amount;
            }
        }
    }

    /// <summary>"đ" read "d", glued before a grouped amount ("d92'682'360", "d6.865.360") or after one of four digits or more ("35679 960d").</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])d(?=\d{1,3}(?:[.,'’\u00A0\u202F\u2009]\d{3})+(?![\d.,]))|(?<=\d[.,'’ \u00A0\u202F\u2009]\d{3}|\d{4})d(?!\p{L})", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex GluedDongRegex();

    /// <summary>An amount ending its segment whose first group has four to six digits: one of its spaces was lost ("5819 000 đ").</summary>
    [GeneratedRegex(@"(?<![\d.,])[1-9]\d{3,5}(?: \d{3})+(?:[.,]\d{1,2})?(?=\s?(?:đ|₫|vnđ|vnd|€|\$|eur|usd|chf|gbp)?\s*$)", RegexOptions.IgnoreCase, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex LostSpaceRegex();

    /// <summary>A segment that is one space-grouped amount, with or without a currency mark (or one character OCR made of it): "303 000", "VND 197 600", "327 240 d", "14 040 ö".</summary>
    [GeneratedRegex(@"^\s*(?:(?:[$€£₫đ]|USD|EUR|GBP|CHF|VND|BRL|MXN|SGD|MYR|AUD|CAD|RM)\s?)?(?<digits>\d{1,3}(?: \d{3})+(?:[.,]\d{1,2})?)(?:\s?(?:đ|₫|d|vnđ|vnd|€|\$|eur|usd|chf|gbp|[^\w\s.,]|(?<= )\p{L}))?\s*$", RegexOptions.IgnoreCase, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex AmountAloneRegex();

    /// <summary>A currency mark after the digits ("327 240 d", "450 360 VND", "1 234,56 €"): no quantity and price, so an amount.</summary>
    [GeneratedRegex(@"\d\s?(?:đ|₫|d|vnđ|vnd|€|eur|usd|chf|gbp)\s*$", RegexOptions.IgnoreCase, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex CurrencyAfterRegex();

    /// <summary>Space-grouped digits right after a currency mark: "$59 629.51", "EUR 1 234,56", "₫ 39 094 920".</summary>
    [GeneratedRegex(@"(?:[$€£₫đ]|\b(?:USD|EUR|GBP|CHF|VND|BRL|MXN|SGD|MYR|AUD|CAD|RM)\b)\s?\d{1,3}(?: \d{3})+(?:[.,]\d{1,2})?(?![\d.,])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex CurrencySpaceGroupedRegex();

    /// <summary>A separator that can only group digits: apostrophes and the no-break spaces .NET cultures use.</summary>
    [GeneratedRegex(@"(?<=(?<![\d.,'’`´°])\d{1,3}(?:['’`´°\u00A0\u202F\u2009]\d{3})*)['’`´°\u00A0\u202F\u2009](?=\d{3}(?!\d))", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SureGroupRegex();

    /// <summary>Space-grouped digits: joined when they end with decimals ("27 551.55") or make three groups or more ("39 094 920").</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?: \d{3})+(?<tail>[.,]\d{1,2})?(?![\d.,])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SpaceGroupRegex();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:(?: \d{3})+[.,]\d{1,2}|(?: \d{3}){2,})(?![\d.,])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SpaceGroupedRegex();

    /// <summary>Thousands grouped with a comma or a dot: "1,234.56", "1.234,56".</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+[.,]\d{1,2}(?![\d.,])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex OtherGroupedRegex();

    /// <summary>Four or more integer digits without grouping: "1234.56".</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{4,}[.,]\d{1,2}(?![\d.,])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex UngroupedRegex();

    [GeneratedRegex(@"(?<![\d.,])(?<a>\d{1,2})[/.\-](?<b>\d{1,2})[/.\-](?:\d{4}|\d{2})(?!\d)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex NumericDateRegex();
}

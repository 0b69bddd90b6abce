namespace OcrAsync.Core.Invoices;

/// <summary>
/// Parses printed amounts: "1,234.56", "1.234,56", "1.500.000", "1 234,56", "1500000 đ", "$1,234", "RM 12.50", "12.50-".
/// </summary>
/// <remarks>
/// Separator rule: when both '.' and ',' occur, the last one is the decimal mark. A separator that repeats
/// is a thousands separator. A single separator followed by exactly three digits is a thousands separator
/// when 1–3 non-zero digits precede it ("1.500" → 1500, "1,500" → 1500, "0.500" → 0.5): three-decimal
/// prices are rare on invoices, while Vietnamese and European amounts group thousands with a dot.
/// Any other single separator is the decimal mark. A trailing '-' or parentheses mean a negative amount.
/// </remarks>
public static partial class AmountParser
{
    public static bool TryParse(string text, out decimal amount, out string? currency)
    {
        amount = 0;
        currency = null;
        var m = WholeRegex().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        var pre = m.Groups["pre"].Value;
        var post = m.Groups["post"].Value;
        currency = CurrencyDetector.FromToken(pre.Length > 0 ? pre : post) ?? (pre.Length == 2 && pre[0] is 'R' or 'r' ? "MYR" : null);
        var negative = m.Groups["neg"].Success || m.Groups["tneg"].Success
            || (m.Groups["open"].Success && m.Groups["close"].Success);
        // Letters read for digits ("1O0.00") are fixed only when real digits dominate the token.
        var raw = m.Groups["num"].Value.Trim();
        var realDigits = raw.Count(char.IsAsciiDigit);
        if (realDigits * 2 <= raw.Count(char.IsLetterOrDigit) || !TryParseNumber(FixOcrDigits(raw), out amount))
        {
            return false;
        }

        if (negative)
        {
            amount = -amount;
        }

        return true;
    }

    /// <summary>Every amount inside a line, left to right. Percentages, dates and times are skipped.</summary>
    internal static IEnumerable<MoneyMatch> FindAll(string line)
    {
        foreach (Match m in FindRegex().Matches(line))
        {
            if (TryParse(m.Value, out var amount, out var currency))
            {
                var hasDecimals = DecimalTailRegex().IsMatch(m.Groups["num"].Value);
                yield return new MoneyMatch(amount, currency, m.Index, m.Length, hasDecimals);
            }
        }
    }

    private static string FixOcrDigits(string num) =>
        SpacedDecimalRegex().Replace(num.Replace('O', '0').Replace('o', '0').Replace('l', '1').Replace('I', '1').Replace('§', '5'), "");

    private static bool TryParseNumber(string num, out decimal value)
    {
        value = 0;
        if (SpaceRegex().IsMatch(num))
        {
            if (!SpaceGroupedRegex().IsMatch(num))
            {
                return false;
            }

            num = SpaceRegex().Replace(num, "");
        }

        if (!num.Any(char.IsAsciiDigit) || !char.IsAsciiDigit(num[^1]))
        {
            return false;
        }

        var lastDot = num.LastIndexOf('.');
        var lastComma = num.LastIndexOf(',');
        string normalized;
        if (lastDot >= 0 && lastComma >= 0)
        {
            var dec = Math.Max(lastDot, lastComma);
            var group = num[dec] == '.' ? ',' : '.';
            var intPart = num[..dec];
            if (intPart.Contains(num[dec], StringComparison.Ordinal) || !IsGrouped(intPart, group))
            {
                return false;
            }

            normalized = intPart.Replace(group.ToString(), "", StringComparison.Ordinal) + "." + num[(dec + 1)..];
        }
        else if (lastDot >= 0 || lastComma >= 0)
        {
            var sep = lastDot >= 0 ? '.' : ',';
            var parts = num.Split(sep);
            if (parts.Length > 2)
            {
                if (!IsGrouped(num, sep))
                {
                    return false;
                }

                normalized = num.Replace(sep.ToString(), "", StringComparison.Ordinal);
            }
            else if (parts[1].Length == 3 && parts[0].Length is >= 1 and <= 3 && parts[0] != "0")
            {
                normalized = parts[0] + parts[1];
            }
            else
            {
                normalized = parts[0] + "." + parts[1];
            }
        }
        else
        {
            normalized = num;
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>"1.500.000" style: 1–3 leading digits, then groups of exactly three.</summary>
    private static bool IsGrouped(string intPart, char sep)
    {
        var groups = intPart.Split(sep);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }

    private const string Cur = @"US\$|A\$|S\$|HK\$|\$|€|£|₫|₹|¥|RM|Rs\.?|INR|USD|EUR|GBP|VND|VNĐ|MYR|SGD|AUD|PLN|zł|đ";

    /// <summary>
    /// Thermal print breaks the M of a ringgit sign glued to its amount ("RH27.05", "RN8,40", "Ri6.15"): taken as a
    /// prefix only glued to an amount with cents, so a reference such as "RN2024" is no amount.
    /// </summary>
    private const string DamagedRinggit = @"R[NHWi](?=\d{1,6}[.,]\d{2}(?!\d))";

    [GeneratedRegex(@"^(?<neg>-)?\s*(?<pre>" + Cur + "|" + DamagedRinggit + @")?\s*(?<neg>-)?(?<open>\()?\s*(?<num>[\dOoIl§][\dOoIl§.,  ' ]*)\s*(?<close>\))?(?<tneg>-)?\s*(?<post>" + Cur + @")?\s*(?<tneg>-)?$", RegexOptions.IgnoreCase, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex WholeRegex();

    [GeneratedRegex(@"(?<![\w.,/\-]|\d:)(?:(?<pre>" + Cur + @")\s?|(?<pre>" + DamagedRinggit + @"))?-?\(?(?<num>\d{1,3}(?:[  ]\d{3})+,\d{2}(?!\d)|\d{1,3}(?:\.\d{3})+\s?,\s\d{2}(?!\d)|\d{1,3}(?:,\d{3})+\s?\.\s\d{2}(?!\d)|\d{1,6}\s?[.,]\s\d{2}(?!\d)|\d{1,6}\s[.,]\d{2}(?!\d)|[\d§](?:[\d.,Oo§]*\d)?)\)?(?!-\d)-?(?:\s?(?<post>đ|₫|VNĐ|VND|€|USD|EUR|MYR|INR)(?![A-Za-z]))?(?![\w/:%]|[.,]\d|\s?%)", RegexOptions.IgnoreCase, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex FindRegex();

    /// <summary>
    /// OCR often puts a space after the decimal mark of receipts ("RM 65. 20"), and sometimes before it ("35563 ,22") or both
    /// ("42298 , 83"); after the decimal mark of a grouped amount too ("12.694, 20"), whose group separator is the other mark.
    /// </summary>
    [GeneratedRegex(@"(?<=\d\s?[.,])\s(?=\d{2}$)|(?<=\d)\s(?=[.,]\s?\d{2}$)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SpacedDecimalRegex();

    [GeneratedRegex(@"[.,]\s?\d{1,2}$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex DecimalTailRegex();

    [GeneratedRegex(@"[  ' ]", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SpaceRegex();

    [GeneratedRegex(@"^\d{1,3}(?:[  ' ]\d{3})+(?:[.,]\d+)?$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SpaceGroupedRegex();
}

namespace OcrAsync.Core.Invoices;

/// <summary>
/// Parses printed invoice dates: ISO, "15/01/2024", "01/15/2024", "15.01.2024", "12-01-19", "Jan 15, 2024",
/// "15 January 2024", "15-Jan-2024", "15 de enero de 2024", "15. März 2024", "Ngày 15 tháng 01 năm 2024", "15 tháng 1, 2024" (month names of <see cref="MonthNames"/>, also one OCR slip away: "aodt" for "août"), and
/// "25032018" only when a time follows it (a receipt's printer line).
/// </summary>
/// <remarks>
/// Numeric dates are read in the document's <see cref="DateOrder"/> (voted by <see cref="DocumentConventions"/>; day-first
/// without evidence) and in the other order only when that one is impossible ("01/15/2024"). Two-digit years below 70 are 20xx. OCR's "O" for 0
/// inside a numeric date, "207x" for "201x" and a broken century digit ("2926" for 2026) are undone.
/// Years before 1980 or more than a year ahead of today are rejected as misreads ("2048" for "2018").
/// </remarks>
public static partial class InvoiceDateParser
{
    public static bool TryParse(string text, out DateOnly date)
    {
        var trimmed = text.Trim().TrimEnd('.', ',', ';');
        foreach (var m in FindAll(trimmed))
        {
            if (m.Index == 0 && m.Length == trimmed.Length)
            {
                date = m.Date;
                return true;
            }
        }

        date = default;
        return false;
    }

    internal static IEnumerable<DateMatch> FindAll(string line, DateOrder order = DateOrder.DayFirst)
    {
        var folded = OInDate().Replace(TextFolding.Fold(line), m => m.Value.Replace('o', '0'));
        foreach (Match m in DateRegex().Matches(folded))
        {
            if (TryBuild(m, order) is { } date)
            {
                yield return new DateMatch(date, m.Index, m.Length, YearRepaired(m.Value, date));
            }
        }
    }

    private static DateOnly? TryBuild(Match m, DateOrder order)
    {
        if (m.Groups["iy"].Success)
        {
            return Create(Int(m, "iy", year: true), Int(m, "im"), Int(m, "id"));
        }

        if (m.Groups["na"].Success)
        {
            int a = Int(m, "na"), b = Int(m, "nb"), y = Year(m.Groups["ny"].Value);
            return order == DateOrder.MonthFirst ? Create(y, a, b) ?? Create(y, b, a) : Create(y, b, a) ?? Create(y, a, b);
        }

        if (m.Groups["vd"].Success)
        {
            return Create(Int(m, "vy"), Int(m, "vm"), Int(m, "vd"));
        }

        if (m.Groups["cd"].Success)
        {
            return Create(Int(m, "cy", year: true), Int(m, "cm"), Int(m, "cd"));
        }

        var monthName = m.Groups["mn1"].Success ? m.Groups["mn1"].Value : m.Groups["mn2"].Value;
        if (MonthNames.Find(monthName) is not { } month)
        {
            return null;
        }

        return m.Groups["mn1"].Success
            ? Create(Year(m.Groups["y1"].Value), month, Int(m, "d1"))
            : Create(Year(m.Groups["y2"].Value), month, Int(m, "d2"));
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// Two-digit years below 70 are 20xx; OCR reads the decade 1 of "2018" as 7 ("2078"), which is undone; a year past
    /// next year whose century digit thermal print broke ("2926", "2826" for 2026) is 20xx when that is not past it.
    /// </summary>
    private static int Year(string y)
    {
        var v = int.Parse(y, CultureInfo.InvariantCulture);
        if (y.Length == 2)
        {
            return v < 70 ? 2000 + v : 1900 + v;
        }

        var latest = DateTime.UtcNow.Year + 1;
        if (v <= latest || y[0] != '2')
        {
            return v;
        }

        if (y.StartsWith("207", StringComparison.Ordinal))
        {
            return v - 60;
        }

        var repaired = 2000 + (v % 100);
        return repaired <= latest ? repaired : v;
    }

    /// <summary>The date's year is not printed in it (a 4-digit year was repaired by <see cref="Year"/>).</summary>
    private static bool YearRepaired(string printed, DateOnly date) =>
        FourDigits().Matches(printed).Any(y => y.Value != date.Year.ToString(CultureInfo.InvariantCulture) && y.Value[0] == '2')
        && !printed.Contains(date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex FourDigits();

    private static int Int(Match m, string group, bool year) => year ? Year(m.Groups[group].Value) : Int(m, group);

    private static DateOnly? Create(int year, int month, int day) =>
        year >= 1980 && year <= DateTime.UtcNow.Year + 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>A numeric date with OCR's letter O for zero ("O7/O7/17"): the O is read as 0.</summary>
    [GeneratedRegex(@"(?<![\w])[\do]{1,4}[/.\-][\do]{1,2}[/.\-][\do]{2,4}(?!\w)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex OInDate();

    // Runs on folded (lower-case, no diacritics) text.
    [GeneratedRegex("""
        (?<![\d.,])(?<iy>(?:19|20)\d{2})[-/.](?<im>\d{1,2})[-/.](?<id>\d{1,2})(?!\d)
        | (?<![\d.,])(?<na>\d{1,2})\s?(?<sep>[/.\-])\s?(?<nb>\d{1,2})\s?\k<sep>\s?(?<ny>\d{4}|\d{2})(?![\d])
        | (?<![\d.,])(?<cd>\d{2})(?<cm>\d{2})(?<cy>(?:19|20)\d{2})(?=\s+\d{1,2}:\d{2})
        | (?:ngay\s*|(?<!\d))(?<vd>\d{1,2})\s*thang\s*(?<vm>\d{1,2})(?:\s*(?:nam|,)\s*|\s+)(?<vy>\d{4})
        | (?<![a-z])(?<mn1>[a-z]{3,10})\.?\s*(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?<y1>\d{4})(?!\d)
        | (?<!\d)(?<d2>\d{1,2})(?:st|nd|rd|th|er|º|°)?[\s\-./]*(?:de\s+)?(?<mn2>[a-z]{3,10})\.?[\s\-.,/]*(?:(?:de|del)\s+)?(?<y2>\d{4}|\d{2})(?!\d)
        """, RegexOptions.IgnorePatternWhitespace, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex DateRegex();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace OcrAsync.Core.Invoices;

/// <summary>
/// Parses printed invoice dates: ISO, "15/01/2024", "01/15/2024", "15.01.2024", "12-01-19", "Jan 15, 2024",
/// "15 January 2024", "15-Jan-2024", "Ngày 15 tháng 01 năm 2024" (English, French, German, Dutch month names).
/// </summary>
/// <remarks>
/// Numeric dates are read day-first (most invoices here are Vietnamese, Malaysian or European) and
/// month-first only when day-first is impossible ("01/15/2024"). Two-digit years below 70 are 20xx.
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

    internal static IEnumerable<DateMatch> FindAll(string line)
    {
        var folded = TextFolding.Fold(line);
        foreach (Match m in DateRegex().Matches(folded))
        {
            if (TryBuild(m) is { } date)
            {
                yield return new DateMatch(date, m.Index, m.Length);
            }
        }
    }

    private static DateOnly? TryBuild(Match m)
    {
        if (m.Groups["iy"].Success)
        {
            return Create(Int(m, "iy"), Int(m, "im"), Int(m, "id"));
        }

        if (m.Groups["na"].Success)
        {
            int a = Int(m, "na"), b = Int(m, "nb"), y = Year(m.Groups["ny"].Value);
            return Create(y, b, a) ?? Create(y, a, b);
        }

        if (m.Groups["vd"].Success)
        {
            return Create(Int(m, "vy"), Int(m, "vm"), Int(m, "vd"));
        }

        var monthName = m.Groups["mn1"].Success ? m.Groups["mn1"].Value : m.Groups["mn2"].Value;
        if (!MonthNames.Months.TryGetValue(monthName, out var month))
        {
            return null;
        }

        return m.Groups["mn1"].Success
            ? Create(Year(m.Groups["y1"].Value), month, Int(m, "d1"))
            : Create(Year(m.Groups["y2"].Value), month, Int(m, "d2"));
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Year(string y)
    {
        var v = int.Parse(y, CultureInfo.InvariantCulture);
        return y.Length == 2 ? (v < 70 ? 2000 + v : 1900 + v) : v;
    }

    private static DateOnly? Create(int year, int month, int day) =>
        year >= 1980 && year <= DateTime.UtcNow.Year + 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    // Runs on folded (lower-case, no diacritics) text.
    [GeneratedRegex("""
        (?<![\d.,])(?<iy>(?:19|20)\d{2})[-/.](?<im>\d{1,2})[-/.](?<id>\d{1,2})(?!\d)
        | (?<![\d.,])(?<na>\d{1,2})\s?(?<sep>[/.\-])\s?(?<nb>\d{1,2})\s?\k<sep>\s?(?<ny>\d{4}|\d{2})(?![\d])
        | ngay\s*(?<vd>\d{1,2})\s*thang\s*(?<vm>\d{1,2})\s*nam\s*(?<vy>\d{4})
        | (?<![a-z])(?<mn1>[a-z]{3,9})\.?\s*(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?<y1>\d{4})(?!\d)
        | (?<!\d)(?<d2>\d{1,2})(?:st|nd|rd|th|er)?[\s\-./]*(?<mn2>[a-z]{3,9})\.?[\s\-.,/]*(?<y2>\d{4}|\d{2})(?!\d)
        """, RegexOptions.IgnorePatternWhitespace, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex DateRegex();
}

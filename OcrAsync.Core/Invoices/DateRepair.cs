namespace OcrAsync.Core.Invoices;

/// <summary>
/// Dates whose day print or OCR damaged past any calendar: a stray stroke read as an extra digit before the day
/// ("419 Apr 2019" for the 19th) or a broken first digit ("51-10-22": 3 read as 5). Only the day is repaired, and only to
/// the one reading the calendar allows; <see cref="DateFieldFinder"/> falls back on these when a page has no date read as printed.
/// </summary>
internal static partial class DateRepair
{
    /// <summary>What a broken first digit of a day (4–9) is read for: the digit of 0–3 with the most strokes in common.</summary>
    private static readonly Dictionary<char, char> FirstDigit = new() { ['4'] = '1', ['5'] = '3', ['6'] = '0', ['7'] = '1', ['8'] = '3', ['9'] = '0' };

    /// <summary><paramref name="line"/> with each damaged day repaired, or null when it has none.</summary>
    public static string? Repair(string line)
    {
        var repaired = DamagedDayRegex().Replace(line, m => Day(m.Groups["day"].Value) is { } day ? day + m.Groups["rest"].Value : m.Value);
        // Year first ("2025/06/92" for 2025/06/02): the day ends the date.
        repaired = DamagedYearFirstDayRegex().Replace(repaired, m => Day(m.Groups["day"].Value) is { } day ? m.Groups["head"].Value + day : m.Value);
        return repaired == line ? null : repaired;
    }

    /// <summary>The one calendar day a damaged day can be read as, else null.</summary>
    private static string? Day(string day)
    {
        string[] readings = day.Length == 3 ? [day[1..], day[..2]] : FirstDigit.TryGetValue(day[0], out var first) ? [$"{first}{day[1]}"] : [];
        var days = readings.Where(IsDay).Distinct().ToList();
        return days.Count == 1 ? days[0] : null;
    }

    private static bool IsDay(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;

    /// <summary>A day of three digits, or of two above 31, before a numeric month and year or a month name and year.</summary>
    [GeneratedRegex(@"(?<![\w.,/:\-])(?<day>\d{3}|[4-9]\d)(?<rest>(?<sep>[/.\-])\d{1,2}\k<sep>(?:\d{4}|\d{2})(?![\d/.\-]\d)|\s?[A-Za-z]{3,9}\.?\s?(?:\d{4}|\d{2})(?!\d))", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex DamagedDayRegex();

    /// <summary>A year-first numeric date whose day has three digits, or two above 31: "2025/06/92", "2024-03-419".</summary>
    [GeneratedRegex(@"(?<![\w.,/:\-])(?<head>(?:19|20)\d{2}(?<sep>[/.\-])\d{1,2}\k<sep>)(?<day>\d{3}|[4-9]\d)(?![\w/.\-]\w|\d)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex DamagedYearFirstDayRegex();
}

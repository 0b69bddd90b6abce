namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// Printed date styles: numeric DMY, MDY and YMD with several separators, and the language's long patterns with month
/// names. Month-first only when the day is above 12, so every printed date has one reading.
/// </summary>
internal static class DateStyles
{
    private static readonly string[] Numeric =
        ["dmy-slash", "dmy-dot", "dmy-dash", "mdy-slash", "mdy-dash", "ymd-dash", "ymd-slash", "ymd-dot", "d.m.yyyy"];

    /// <summary>A style name: a numeric one, or "long:" and one of the language's patterns (about half the time).</summary>
    public static string Draw(Random random, InvoiceWording words) =>
        random.Next(2) == 0
            ? "long:" + words.LongDatePatterns[random.Next(words.LongDatePatterns.Length)]
            : Numeric[random.Next(Numeric.Length)];

    /// <summary>The style, day-first instead of month-first when the day could be read as a month.</summary>
    public static string Unambiguous(string style, DateOnly date) =>
        style.StartsWith("mdy", StringComparison.Ordinal) && date.Day <= 12 ? "dmy" + style[3..] : style;

    /// <summary>The slice name: the numeric style, or "long-" and the pattern's shape ("long-d MMMM yyyy").</summary>
    public static string Name(string style) =>
        style.StartsWith("long:", StringComparison.Ordinal) ? "long-" + style[5..].Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal) : style;

    /// <summary>True when the printed date brings its own label ("Ngày 15 tháng 01 năm 2024", "le 3 mars 2024").</summary>
    public static bool CarriesLabel(string style) => style.StartsWith("long:", StringComparison.Ordinal) && char.IsLetter(style[5]);

    public static string Format(DateOnly date, string style, InvoiceWording words) => style switch
    {
        "dmy-slash" => Invariant(date, "dd/MM/yyyy"),
        "dmy-dot" => Invariant(date, "dd.MM.yyyy"),
        "dmy-dash" => Invariant(date, "dd-MM-yyyy"),
        "mdy-slash" => Invariant(date, "MM/dd/yyyy"),
        "mdy-dash" => Invariant(date, "MM-dd-yyyy"),
        "ymd-dash" => Invariant(date, "yyyy-MM-dd"),
        "ymd-slash" => Invariant(date, "yyyy/MM/dd"),
        "ymd-dot" => Invariant(date, "yyyy.MM.dd"),
        "d.m.yyyy" => Invariant(date, "d.M.yyyy"),
        _ when style.StartsWith("long:", StringComparison.Ordinal) => style[5..]
            .Replace("{dd}", Invariant(date, "dd"), StringComparison.Ordinal)
            .Replace("{d}", Invariant(date, "%d"), StringComparison.Ordinal)
            .Replace("{MMMM}", words.Months[date.Month - 1], StringComparison.Ordinal)
            .Replace("{MMM}", words.ShortMonths[date.Month - 1], StringComparison.Ordinal)
            .Replace("{MM}", Invariant(date, "MM"), StringComparison.Ordinal)
            .Replace("{yyyy}", Invariant(date, "yyyy"), StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    /// <summary>Another date (due, order) in the same style, with the label-carrying patterns printed numerically.</summary>
    public static string FormatOther(DateOnly date, string style, InvoiceWording words) =>
        Format(date, CarriesLabel(style) ? "dmy-slash" : style, words);

    private static string Invariant(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}

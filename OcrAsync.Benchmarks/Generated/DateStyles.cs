using System.Globalization;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>Printed date styles. Month-first only when the day is above 12, so every printed date has one reading.</summary>
internal static class DateStyles
{
    public const string VietnameseLong = "vi-long";

    public static readonly string[] English = ["iso", "dmy-slash", "mdy-slash", "mon-d-y", "d-month-y", "dmy-dot"];

    public static readonly string[] Vietnamese = ["dmy-slash", "iso", "dmy-dot", VietnameseLong, VietnameseLong];

    /// <summary>The style to print <paramref name="date"/> in; "mdy-slash" falls back to day-first when ambiguous.</summary>
    public static string Pick(Random random, string[] styles, DateOnly date)
    {
        var style = styles[random.Next(styles.Length)];
        return style == "mdy-slash" && date.Day <= 12 ? "dmy-slash" : style;
    }

    public static string Format(DateOnly date, string style) => style switch
    {
        "iso" => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "dmy-slash" => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        "mdy-slash" => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
        "mon-d-y" => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
        "d-month-y" => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        "dmy-dot" => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        VietnameseLong => date.ToString("'Ngày' dd 'tháng' MM 'năm' yyyy", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };
}

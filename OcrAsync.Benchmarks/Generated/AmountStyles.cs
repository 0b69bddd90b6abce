using System.Globalization;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>Printed amount styles: the separators and currency marks of US, European, Malaysian and Vietnamese invoices.</summary>
internal static class AmountStyles
{
    public static readonly string[] English = ["us", "us-dollar", "eur", "eur-sign", "rm", "space"];

    public static readonly string[] Vietnamese = ["vnd", "vnd-d", "vnd-code"];

    public static bool IsWholeUnits(string style) => style.StartsWith("vnd", StringComparison.Ordinal);

    public static string Format(decimal amount, string style) => style switch
    {
        "us" => Us(amount),
        "us-dollar" => "$" + Us(amount),
        "eur" => European(amount, '.'),
        "eur-sign" => European(amount, '.') + " €",
        "rm" => "RM " + Us(amount),
        "space" => European(amount, ' '),
        "vnd" => Vnd(amount),
        "vnd-d" => Vnd(amount) + " đ",
        "vnd-code" => Vnd(amount) + " VND",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    private static string Us(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>"1.234,56" or "1 234,56": the US form with the separators swapped.</summary>
    private static string European(decimal amount, char group) =>
        Us(amount).Replace(',', '_').Replace('.', ',').Replace('_', group);

    private static string Vnd(decimal amount) => amount.ToString("#,##0", CultureInfo.InvariantCulture).Replace(',', '.');
}

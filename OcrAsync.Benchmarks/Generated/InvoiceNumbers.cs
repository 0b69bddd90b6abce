using System.Globalization;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>Invoice, order, phone and tax numbers in the shapes seen on real invoices of each language.</summary>
internal static class InvoiceNumbers
{
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private static readonly IReadOnlyDictionary<string, string[]> Prefixes = new Dictionary<string, string[]>
    {
        ["en"] = ["INV-", "INV", "SI-", "IN"],
        ["vi"] = ["HD-", "HĐ", "00"],
        ["fr"] = ["FA-", "F", "FAC-"],
        ["de"] = ["RE-", "R", "RG"],
        ["es"] = ["FAC-", "F", "A-"],
        ["it"] = ["FT", "FPR ", "N."],
        ["nl"] = ["F", "FAC", "NL-"],
        ["pt"] = ["FT ", "FR ", "FS "],
    };

    public static string Invoice(Random random, string language, int year) => random.Next(6) switch
    {
        0 => $"{Pick(random, language)}{year}-{Digits(random, 4)}",
        1 => Digits(random, 6),
        2 => $"{Letter(random)}{Letter(random)}{Digits(random, 5)}",
        3 => $"{year}/{Digits(random, 3)}",
        4 => $"{Pick(random, language)}{Digits(random, 5)}",
        _ => language == "pt" ? $"FT {Letter(random)}/{Digits(random, 3)}" : $"{Pick(random, language)}{year % 100:00}{Digits(random, 4)}",
    };

    public static string Receipt(Random random) => random.Next(3) switch
    {
        0 => Digits(random, 5),
        1 => $"{random.Next(1, 10)}-{Digits(random, 6)}",
        _ => $"R{Digits(random, 7)}",
    };

    public static string Order(Random random) => random.Next(2) == 0 ? $"PO-{Digits(random, 5)}" : "4500" + Digits(random, 6);

    public static string Phone(Random random) => random.Next(3) switch
    {
        0 => $"+{random.Next(30, 90)} {Digits(random, 2)} {Digits(random, 3)} {Digits(random, 4)}",
        1 => $"0{Digits(random, 2)} {Digits(random, 4)} {Digits(random, 4)}",
        _ => $"({Digits(random, 3)}) {Digits(random, 3)}-{Digits(random, 4)}",
    };

    public static string TaxId(Random random) => random.Next(2) == 0 ? "0" + Digits(random, 9) : $"{Letter(random)}{Letter(random)}{Digits(random, 9)}";

    private static string Pick(Random random, string language) => Prefixes[language][random.Next(Prefixes[language].Length)];

    private static char Letter(Random random) => Letters[random.Next(Letters.Length)];

    /// <summary>Digits with a non-zero first one, so the printed length is the drawn length.</summary>
    private static string Digits(Random random, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 10)}{string.Concat(Enumerable.Range(1, count - 1).Select(_ => random.Next(10)))}");
}

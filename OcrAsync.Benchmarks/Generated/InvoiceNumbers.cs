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

    /// <summary>The shape, prefix and series letters come from <paramref name="shape"/>, the digits from <paramref name="digits"/>.</summary>
    public static string Invoice(Random shape, Random digits, string language, int year) => shape.Next(6) switch
    {
        0 => $"{Pick(shape, language)}{year}-{Digits(digits, 4)}",
        1 => Digits(digits, 6),
        2 => $"{Letter(shape)}{Letter(shape)}{Digits(digits, 5)}",
        3 => $"{year}/{Digits(digits, 3)}",
        4 => $"{Pick(shape, language)}{Digits(digits, 5)}",
        _ => language == "pt" ? $"FT {Letter(shape)}/{Digits(digits, 3)}" : $"{Pick(shape, language)}{year % 100:00}{Digits(digits, 4)}",
    };

    /// <summary>The shape and till number come from <paramref name="shape"/>, the digits from <paramref name="digits"/>.</summary>
    public static string Receipt(Random shape, Random digits) => shape.Next(3) switch
    {
        0 => Digits(digits, 5),
        1 => $"{shape.Next(1, 10)}-{Digits(digits, 6)}",
        _ => $"R{Digits(digits, 7)}",
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

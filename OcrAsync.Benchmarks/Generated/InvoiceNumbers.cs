using System.Globalization;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>Invoice, PO and phone numbers in the shapes seen on real invoices.</summary>
internal static class InvoiceNumbers
{
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    public static string Invoice(Random random, bool vietnamese, int year) => (vietnamese ? random.Next(3) + 5 : random.Next(5)) switch
    {
        0 => $"INV-{year}-{Digits(random, 4)}",
        1 => Digits(random, 6),
        2 => $"{Letter(random)}{Letter(random)}{Digits(random, 5)}",
        3 => $"{year}/{Digits(random, 3)}",
        4 => $"SI-{Digits(random, 5)}",
        5 => "000" + Digits(random, 4),
        6 => $"HD-{Digits(random, 5)}",
        _ => $"{Digits(random, 5)}",
    };

    public static string PurchaseOrder(Random random) => random.Next(2) == 0 ? $"PO-{Digits(random, 5)}" : "4500" + Digits(random, 6);

    public static string Phone(Random random, bool vietnamese) => vietnamese
        ? random.Next(2) == 0 ? $"028 {Digits(random, 4)} {Digits(random, 4)}" : $"09{random.Next(10)} {Digits(random, 3)} {Digits(random, 3)}"
        : random.Next(2) == 0 ? $"+1 (555) {Digits(random, 3)}-{Digits(random, 4)}" : $"+60 3-{Digits(random, 4)} {Digits(random, 4)}";

    public static string TaxId(Random random) => "0" + Digits(random, 9);

    private static char Letter(Random random) => Letters[random.Next(Letters.Length)];

    /// <summary>Digits with a non-zero first one, so the printed length is the drawn length.</summary>
    private static string Digits(Random random, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 10)}{string.Concat(Enumerable.Range(1, count - 1).Select(_ => random.Next(10)))}");
}

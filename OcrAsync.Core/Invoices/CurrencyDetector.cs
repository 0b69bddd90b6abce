namespace OcrAsync.Core.Invoices;

/// <summary>Finds the ISO 4217 currency of a text from codes and symbols.</summary>
public static partial class CurrencyDetector
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["€"] = "EUR", ["£"] = "GBP", ["₫"] = "VND", ["đ"] = "VND", ["₹"] = "INR", ["rs"] = "INR", ["rs."] = "INR",
        ["rm"] = "MYR", ["vnđ"] = "VND", ["a$"] = "AUD", ["au$"] = "AUD", ["c$"] = "CAD",
        ["s$"] = "SGD", ["hk$"] = "HKD", ["nz$"] = "NZD", ["us$"] = "USD", ["zł"] = "PLN", ["zl"] = "PLN",
    };

    /// <summary>The currency written in <paramref name="text"/>, or null. Written codes outweigh symbols.</summary>
    public static string? Detect(string text)
    {
        var votes = new Dictionary<string, int>();
        foreach (Match m in CodeRegex().Matches(text))
        {
            var code = m.Value.ToUpperInvariant() == "VNĐ" ? "VND" : m.Value.ToUpperInvariant();
            votes[code] = votes.GetValueOrDefault(code) + 3;
        }

        var dollars = 0;
        foreach (Match m in SymbolRegex().Matches(text))
        {
            var symbol = m.Groups["s"].Value;
            if (symbol == "$")
            {
                dollars++;
                continue;
            }

            var code = Symbols[symbol.Replace(" ", "", StringComparison.Ordinal)];
            votes[code] = votes.GetValueOrDefault(code) + 1;
        }

        // A bare "$" is USD unless the text names another dollar.
        if (dollars > 0)
        {
            var otherDollar = votes.Keys.FirstOrDefault(k => k is "AUD" or "CAD" or "SGD" or "HKD" or "NZD");
            var code = otherDollar ?? "USD";
            votes[code] = votes.GetValueOrDefault(code) + dollars;
        }

        return votes.Count == 0 ? null : votes.MaxBy(kv => kv.Value).Key;
    }

    /// <summary>Maps one currency token written next to an amount ("RM", "€", "VNĐ", "usd") to its code.</summary>
    internal static string? FromToken(string token)
    {
        var t = token.Trim();
        if (t.Length == 0)
        {
            return null;
        }

        if (CodeRegex().IsMatch(t) && t.Length == 3)
        {
            return t.ToUpperInvariant() == "VNĐ" ? "VND" : t.ToUpperInvariant();
        }

        return t == "$" ? "USD" : Symbols.GetValueOrDefault(t);
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?:USD|EUR|GBP|VND|VNĐ|MYR|INR|AUD|CAD|SGD|HKD|NZD|JPY|CNY|CHF|PLN|THB|IDR|KRW)(?![A-Za-z])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex CodeRegex();

    // Letter-based symbols only count next to a number (or, for "RM", as an upper-case word: "Total RM"), so "đ" in "đơn" or "RM" in "FORM" is not a currency.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<s>(?:A|AU|C|S|HK|NZ|US)\$)(?=\s?\d+[.,]\d{2}(?!\d))|(?<![A-Za-z])(?<s>\$)|(?<s>[€£₫₹])|(?<![A-Za-z])(?<s>RM|Rs\.?|zł)\s?-?(?=\d)|(?<![A-Za-z])(?-i:(?<s>RM))(?![A-Za-z])|(?<=\d\s?)(?<s>VNĐ|vnđ|đ|zł|zl)(?![A-Za-z])", RegexOptions.IgnoreCase, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SymbolRegex();
}

namespace OcrAsync.Benchmarks.Generated;

/// <summary>Draws a <see cref="MoneyStyle"/> for a currency: every grouping family with both decimal marks, symbols and codes.</summary>
internal static class MoneyStyles
{
    private static readonly IReadOnlyDictionary<string, string> Symbols = new Dictionary<string, string>
    {
        ["USD"] = "$", ["EUR"] = "€", ["GBP"] = "£", ["VND"] = "đ", ["CHF"] = "CHF", ["BRL"] = "R$", ["MXN"] = "$",
        ["SGD"] = "S$", ["MYR"] = "RM", ["AUD"] = "A$", ["CAD"] = "C$",
    };

    // (grouping, decimal mark) pairs a printed amount can have; a group separator is never the decimal mark.
    private static readonly (string Grouping, char Decimal)[] Shapes =
    [
        ("comma", '.'), ("dot", ','), ("space", ','), ("space", '.'), ("nbsp", ','), ("nnbsp", ','), ("nnbsp", '.'),
        ("apostrophe", '.'), ("none", '.'), ("none", ','),
    ];

    public static MoneyStyle Pick(Random random, string currency)
    {
        var whole = currency == "VND";
        var (grouping, mark) = Shapes[random.Next(Shapes.Length)];
        if (whole && grouping == "none")
        {
            grouping = "dot";
        }

        var printed = random.Next(10) switch
        {
            < 4 => Symbols[currency],
            < 7 => currency,
            _ => "",
        };

        // Symbols go where their country puts them, mostly; codes either side.
        var before = printed == currency ? random.Next(2) == 0 : printed is "$" or "£" or "R$" or "S$" or "RM" or "A$" or "C$" || random.Next(4) == 0;
        return new MoneyStyle(grouping, mark, whole ? 0 : 2, currency, printed, before);
    }
}

namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// How one page prints amounts: digit grouping (<c>1,234.56</c>, <c>1.234,56</c>, <c>1 234,56</c> with a space, a
/// no-break or a narrow no-break space, <c>1'234.50</c>, none), decimal mark, decimals, and the currency mark
/// (symbol or ISO code, before or after, or none).
/// </summary>
internal sealed record MoneyStyle(string Grouping, char DecimalMark, int Decimals, string Currency, string Mark, bool MarkBefore)
{
    /// <summary>Group separators by name; the space family is the one that splits an amount into two OCR words.</summary>
    public static readonly IReadOnlyDictionary<string, string> Groupings = new Dictionary<string, string>
    {
        ["comma"] = ",",
        ["dot"] = ".",
        ["space"] = " ",
        ["nbsp"] = "\u00A0",
        ["nnbsp"] = "\u202F",
        ["apostrophe"] = "'",
        ["none"] = "",
    };

    /// <summary>The slice name: grouping and decimal mark, e.g. "nbsp-comma".</summary>
    public string Name => $"{Grouping}-{(Decimals == 0 ? "whole" : DecimalMark == '.' ? "dot" : "comma")}";

    /// <summary>"code-after", "symbol-before", "none"…</summary>
    public string MarkName => Mark.Length == 0 ? "none" : $"{(Mark == Currency ? "code" : "symbol")}-{(MarkBefore ? "before" : "after")}";

    /// <summary>The number alone, grouped and with its decimal mark.</summary>
    public string Number(decimal amount)
    {
        var digits = Math.Abs(amount).ToString(Decimals == 0 ? "0" : "0." + new string('0', Decimals), CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? digits : digits[..point];
        var text = new StringBuilder(amount < 0 ? "-" : "");
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                text.Append(Groupings[Grouping]);
            }

            text.Append(whole[i]);
        }

        return point < 0 ? text.ToString() : text.Append(DecimalMark).Append(digits[(point + 1)..]).ToString();
    }

    /// <summary>A tax rate with this style's decimal mark ("5,5").</summary>
    public string Percent(decimal rate) => rate.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', DecimalMark);

    /// <summary>The amount with its currency mark where this style puts one.</summary>
    public string Format(decimal amount)
    {
        if (Mark.Length == 0)
        {
            return Number(amount);
        }

        // "$12.00", "€ 12,00", "R$ 12,00", "EUR 12.00" / "12,00 €", "12.000 đ", "12,00 EUR".
        var gap = Mark.Length > 1 || !MarkBefore ? " " : "";
        return MarkBefore ? Mark + gap + Number(amount) : Number(amount) + gap + Mark;
    }
}

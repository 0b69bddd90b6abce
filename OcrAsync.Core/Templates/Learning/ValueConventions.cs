namespace OcrAsync.Core.Templates.Learning;

/// <summary>
/// How a vendor prints values: which date format and decimal separator turn the printed text into the corrected
/// value, the shape of its numbers, and reading new text back with those conventions.
/// </summary>
internal static partial class ValueConventions
{
    /// <summary>Date formats tried against a corrected date, most specific first.</summary>
    public static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "MM-dd-yyyy", "yyyy/MM/dd", "yyyy.MM.dd",
        "d/M/yyyy", "M/d/yyyy", "d.M.yyyy", "dd/MM/yy", "MM/dd/yy", "dd.MM.yy", "MMM d, yyyy", "MMM dd, yyyy",
        "MMMM d, yyyy", "dd MMM yyyy", "d MMM yyyy", "dd MMMM yyyy", "d MMMM yyyy", "dd-MMM-yyyy", "d-MMM-yyyy",
        "dd-MMM-yy", "yyyyMMdd",
    ];

    /// <summary>The corrected value in the stored form (ISO date, invariant amount, trimmed text); null when it does not fit the kind.</summary>
    public static string? Canonical(TemplateFieldKind kind, string value) => kind switch
    {
        TemplateFieldKind.Date => DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        TemplateFieldKind.Amount => decimal.TryParse(value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
            ? a.ToString(CultureInfo.InvariantCulture) : null,
        _ => WhiteSpaceRegex().Replace(value.Trim(), " ") is { Length: > 0 } text ? text : null,
    };

    /// <summary>
    /// Whether <paramref name="printed"/> is how this page printed <paramref name="canonical"/>; the convention that
    /// reads it so (a date format, a decimal separator, or null) comes back.
    /// </summary>
    public static bool Prints(TemplateFieldKind kind, string printed, string canonical, out string? convention)
    {
        convention = null;
        switch (kind)
        {
            case TemplateFieldKind.Date:
                foreach (var format in DateFormats)
                {
                    if (TryDate(printed, format, out var date) && date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == canonical)
                    {
                        convention = format;
                        return true;
                    }
                }

                return InvoiceDateParser.TryParse(printed, out var generic) && generic.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == canonical;
            case TemplateFieldKind.Amount when HasAmountShape(printed):
                var expected = decimal.Parse(canonical, CultureInfo.InvariantCulture);
                foreach (var separator in (string[])[".", ","])
                {
                    if (TryAmount(printed, separator, out var amount) && amount == expected)
                    {
                        convention = separator;
                        return true;
                    }
                }

                return false;
            case TemplateFieldKind.Amount:
                return false;
            default:
                return Compact(printed) == Compact(canonical);
        }
    }

    /// <summary>Reads printed text as a value of the kind with the vendor's conventions; null when it does not read.</summary>
    public static string? Read(TemplateFieldKind kind, string printed, LearnedProfile profile, string? shape)
    {
        switch (kind)
        {
            case TemplateFieldKind.Date:
                var parsed = profile.DateFormat is { } format ? TryDate(printed, format, out var date) : InvoiceDateParser.TryParse(printed, out date);
                return parsed ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            case TemplateFieldKind.Amount:
                if (!HasAmountShape(printed))
                {
                    return null;
                }

                var read = profile.DecimalSeparator is { } separator ? TryAmount(printed, separator, out var amount) : AmountParser.TryParse(printed, out amount, out _);
                return read ? amount.ToString(CultureInfo.InvariantCulture) : null;
            default:
                // A "#" before the number is the label's ("#609888", "# 609888") unless the learned shape starts with one.
                var text = printed.Trim().Trim(':', ',', ';');
                var bare = text.TrimStart('#').TrimStart();
                return shape is null ? (text.Length > 0 ? text : null)
                    : TemplateRegex.Create(shape).IsMatch(text) ? text
                    : bare.Length > 0 && TemplateRegex.Create(shape).IsMatch(bare) ? bare
                    : null;
        }
    }

    /// <summary>
    /// The printed value's shape: letter runs and digit runs generalised (a digit run may be one shorter or longer),
    /// punctuation kept. "INV-2024-0042" → <c>^\p{L}{3}-\d{3,5}-\d{3,5}$</c>.
    /// </summary>
    public static string ShapeOf(string printed)
    {
        var text = printed.Trim().Trim(':', ',', ';');
        var shape = new StringBuilder("^");
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var end = i;
            if (char.IsDigit(c) || char.IsLetter(c))
            {
                var digit = char.IsDigit(c);
                while (end < text.Length && (digit ? char.IsDigit(text[end]) : char.IsLetter(text[end])))
                {
                    end++;
                }

                var n = end - i;
                shape.Append(digit
                    ? string.Create(CultureInfo.InvariantCulture, $"\\d{{{Math.Max(1, n - 1)},{n + 1}}}")
                    : string.Create(CultureInfo.InvariantCulture, $"\\p{{L}}{{{n}}}"));
                i = end;
                continue;
            }

            shape.Append(char.IsWhiteSpace(c) ? "\\s*" : Regex.Escape(c.ToString()));
            i++;
        }

        return shape.Append('$').ToString();
    }

    /// <summary>Exactly as learned, or with one-digit days and months ("5 Mar" where "12 Mar" was learned as "dd MMM").</summary>
    private static bool TryDate(string printed, string format, out DateOnly date)
    {
        var text = WhiteSpaceRegex().Replace(printed.Trim().TrimEnd('.', ',', ';'), " ");
        return DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)
            || DateOnly.TryParseExact(text, LenientDayMonthRegex().Replace(format, m => m.Value[..1]), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>With a known decimal separator every other separator (".", ",", space, apostrophe) is grouping.</summary>
    private static bool TryAmount(string printed, string separator, out decimal amount)
    {
        amount = 0;
        var sep = separator[0];
        var text = printed.Trim();
        var negative = text.StartsWith('-') || text.EndsWith('-') || (text.StartsWith('(') && text.EndsWith(')'));
        var kept = new string(text.Where(c => char.IsAsciiDigit(c) || c == sep).ToArray());
        if (kept.Length == 0 || !char.IsAsciiDigit(kept[0]) || kept.Count(c => c == sep) > 1)
        {
            return false;
        }

        if (!decimal.TryParse(kept.Replace(sep, '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        amount = negative ? -amount : amount;
        return true;
    }

    /// <summary>Digits with at most currency marks and separators around them: not a label or a word with a digit in it.</summary>
    private static bool HasAmountShape(string printed) => AmountShapeRegex().IsMatch(printed.Trim());

    private static string Compact(string text) => WhiteSpaceRegex().Replace(TextFolding.Fold(text), string.Empty).Trim(':', '.', ',', ';', '#');

    [GeneratedRegex("(?<![dM])(dd|MM)(?![dM])")]
    private static partial Regex LenientDayMonthRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRegex();

    [GeneratedRegex(@"^[(\-]?(?:[A-Za-z]{1,3}\$?|[$€£¥₫đ])?\s?[(\-]?\d{1,3}(?:[.,' \u00a0]?\d{3})*(?:[.,]\d{1,2})?\s?(?:[A-Za-z]{1,3}|[$€£¥₫đ])?[)\-]?$")]
    private static partial Regex AmountShapeRegex();
}

namespace OcrAsync.Core.Templates;

/// <summary>Reads a template's fields from a document's lines; each value an expression finds replaces the generic extractor's.</summary>
internal static partial class TemplateFieldReader
{
    /// <summary>Reads the fields; <c>text</c> is the lines joined with "\n".</summary>
    public static void Read(
        InvoiceTemplate template, IReadOnlyList<InvoiceTextLine> lines, string text, Dictionary<string, ExtractedField> fields, List<string> reasons)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var starts = new int[lines.Count];
        for (var i = 1; i < lines.Count; i++)
        {
            starts[i] = starts[i - 1] + lines[i - 1].Text.Length + 1;
        }

        foreach (var (name, pattern) in template.Fields)
        {
            if (!TemplateFields.Known.TryGetValue(name, out var kind))
            {
                continue; // Validated on save; a template file for the CLI is validated before use too.
            }

            Group? group;
            try
            {
                group = ValueGroup(TemplateRegex.Create(pattern).Match(text));
            }
            catch (RegexMatchTimeoutException)
            {
                reasons.Add($"template field {name}: the regular expression took longer than {TemplateRegex.MatchTimeout.TotalMilliseconds:0} ms and was stopped");
                continue;
            }

            if (group is null)
            {
                reasons.Add($"template field {name}: the regular expression found nothing");
                continue;
            }

            var raw = group.Value.Trim();
            if (!TryConvert(kind, raw, template, out var value))
            {
                reasons.Add($"template field {name}: '{raw}' is not a valid {kind.ToString().ToLowerInvariant()}");
                continue;
            }

            var index = Array.BinarySearch(starts, group.Index);
            var line = lines[index >= 0 ? index : ~index - 1];
            fields[name] = new ExtractedField(value, raw, Math.Round(Math.Clamp(line.Confidence, 0, 1), 3), line.Page, line.Box);
        }
    }

    /// <summary>
    /// Reads what a learned template knows (where each value sits), after the expressions: a learned value replaces the
    /// generic one only when it passes the checks of <see cref="Learning.LearnedValueMerge"/>.
    /// </summary>
    public static void ReadLearned(
        InvoiceTemplate template, IReadOnlyList<Ocr.OcrPageResult> pages, Dictionary<string, ExtractedField> fields, TotalEvidence evidence, List<string> reasons)
    {
        if (template.Learned is { } profile)
        {
            Learning.LearnedValueMerge.Merge(Learning.LearnedFieldReader.Read(profile, pages, reasons), fields, evidence, reasons);
        }
    }

    /// <summary>The named group "value", else the first group, else the whole match; null when nothing matched.</summary>
    private static Group? ValueGroup(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups.TryGetValue("value", out var named))
        {
            return named.Success ? named : null;
        }

        return match.Groups.Count > 1 ? (match.Groups[1].Success ? match.Groups[1] : null) : match.Groups[0];
    }

    private static bool TryConvert(TemplateFieldKind kind, string raw, InvoiceTemplate template, out string value)
    {
        value = string.Empty;
        switch (kind)
        {
            case TemplateFieldKind.Date:
                if (TryParseDate(raw, template.DateFormat, out var date))
                {
                    value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    return true;
                }

                return false;
            case TemplateFieldKind.Amount:
                if (TryParseAmount(raw, template.DecimalSeparator, out var amount))
                {
                    value = amount.ToString(CultureInfo.InvariantCulture);
                    return true;
                }

                return false;
            case TemplateFieldKind.Currency:
                value = CurrencyDetector.FromToken(raw) ?? (CurrencyCodeRegex().IsMatch(raw) ? raw.ToUpperInvariant() : string.Empty);
                return value.Length > 0;
            default:
                value = WhiteSpaceRegex().Replace(raw, " ");
                return value.Length > 0;
        }
    }

    private static bool TryParseDate(string raw, string? format, out DateOnly date)
    {
        if (format is null)
        {
            return InvoiceDateParser.TryParse(raw, out date);
        }

        var parsed = DateTime.TryParseExact(raw, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dateTime);
        date = DateOnly.FromDateTime(dateTime);
        return parsed;
    }

    /// <summary>With a declared decimal separator every other separator is grouping; without one, the generic rules apply.</summary>
    private static bool TryParseAmount(string raw, string? decimalSeparator, out decimal amount)
    {
        if (decimalSeparator is null)
        {
            return AmountParser.TryParse(raw, out amount, out _);
        }

        amount = 0;
        var separator = decimalSeparator[0];
        var digits = new string(raw.Where(c => char.IsAsciiDigit(c) || c == separator).ToArray()).Replace(separator, '.');
        var negative = raw.TrimStart().StartsWith('-') || raw.TrimEnd().EndsWith('-');
        if (!digits.Any(char.IsAsciiDigit)
            || !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        amount = negative ? -amount : amount;
        return true;
    }

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyCodeRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRegex();
}

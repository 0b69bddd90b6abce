namespace OcrAsync.Core.EInvoices;

/// <summary>
/// Reads values out of e-invoice elements and records each as a field with confidence 1.0: the value is the document's
/// own, not a recognition. Page 0 and no box: it was not read off a page. A value that breaks its format (a total that
/// is not a number) fails the document rather than being guessed at.
/// </summary>
internal sealed class EInvoiceFields
{
    private readonly Dictionary<string, ExtractedField> _fields = [];

    public IReadOnlyDictionary<string, ExtractedField> All => _fields;

    public string? Text(string key, XElement? element) => Record(key, Value(element));

    public decimal? Amount(string key, XElement? element)
    {
        var raw = Value(element);
        if (raw is null)
        {
            return null;
        }

        var amount = ParseDecimal(element!);
        _fields[key] = new ExtractedField(amount!.Value.ToString(CultureInfo.InvariantCulture), raw, 1.0, 0, null);
        return amount;
    }

    /// <summary>An ISO date (yyyy-MM-dd, as UBL and Vietnamese invoices write it) or CII's format 102 (yyyyMMdd).</summary>
    public string? Date(string key, XElement? element)
    {
        var raw = Value(element);
        if (raw is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddK"];
        if (!DateTime.TryParseExact(raw, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new InvalidEInvoiceException($"{PathOf(element!)} is not a date: '{raw}'.");
        }

        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _fields[key] = new ExtractedField(iso, raw, 1.0, 0, null);
        return iso;
    }

    public string? Record(string key, string? value)
    {
        if (value is not null)
        {
            _fields[key] = new ExtractedField(value, value, 1.0, 0, null);
        }

        return value;
    }

    /// <summary>The element's trimmed text, null when it is missing or empty.</summary>
    public static string? Value(XElement? element) => element?.Value.Trim() is { Length: > 0 } value ? value : null;

    /// <summary>An XML decimal (invariant, optional sign, no grouping); null for a missing or empty element.</summary>
    public static decimal? ParseDecimal(XElement? element)
    {
        var raw = Value(element);
        if (raw is null)
        {
            return null;
        }

        return decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidEInvoiceException($"{PathOf(element!)} is not a number: '{raw}'.");
    }

    /// <summary>"street, line, postcode city, country" from the parts present; null when none is.</summary>
    public static string? JoinAddress(string? street, string? street2, string? line, string? postcode, string? city, string? country)
    {
        var town = string.Join(' ', new[] { postcode, city }.OfType<string>());
        var text = string.Join(", ", new[] { street, street2, line, town, country }.Where(p => !string.IsNullOrEmpty(p)));
        return text.Length > 0 ? text : null;
    }

    private static string PathOf(XElement element) =>
        string.Join('/', element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));
}

namespace OcrAsync.Core.EInvoices;

/// <summary>
/// A Vietnamese TSuat value: "10%", "8%", "5%", "0%", "KHAC:5.26%" (another rate), or a category without a rate:
/// "KCT" (not subject to VAT), "KKKNT" (not declared or paid).
/// </summary>
internal static class VietnameseTaxRate
{
    public static (decimal? Rate, string? Category) Parse(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var text = value.Trim();
        var category = text.StartsWith("KHAC:", StringComparison.OrdinalIgnoreCase) ? "KHAC" : null;
        var number = category is null ? text : text[5..];
        if (number.EndsWith('%')
            && decimal.TryParse(number[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate))
        {
            return (rate, category);
        }

        return text.All(char.IsAsciiLetterUpper)
            ? (null, text)
            : throw new InvalidEInvoiceException($"{path} is not a tax rate: '{text}'.");
    }
}

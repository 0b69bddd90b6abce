using System.Text.RegularExpressions;

namespace OcrAsync.Core.Invoices;

/// <summary>
/// OCR's usual misreads inside a company name on thermal receipts, undone: the Malaysian legal form "SDN BHD" read as
/// "SDN BIED", "SDN BHO", "Sdn Bnd", "SON BHD"; a zero beside capitals for the letter O ("HAI-0 RAYA").
/// </summary>
internal static partial class VendorOcrRepair
{
    public static string Apply(string name)
    {
        name = SdnBhd().Replace(name, m => IsPrinted(m.Value) ? m.Value : m.Value.Any(char.IsLower) ? "Sdn Bhd" : "SDN BHD");
        return ZeroForO().Replace(name, "O");
    }

    /// <summary>"SDN. BHD", "Sdn Bhd": read right, kept as printed.</summary>
    private static bool IsPrinted(string form) =>
        string.Concat(form.Where(char.IsLetter)).Equals("SDNBHD", StringComparison.OrdinalIgnoreCase);

    /// <summary>S, D (or O, 0), N; then B, H (or N, IE, I-), D (or O, 0): each letter OCR confuses on small print.</summary>
    [GeneratedRegex(@"\b[Ss][DdOo0][Nn]\.?\s*[Bb](?:[Hh]|[Nn]|IE|ie)[DdOo0]\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SdnBhd();

    /// <summary>A zero with a capital beside it (a hyphen or dot between allowed) and no digit next to it.</summary>
    [GeneratedRegex(@"(?<=\p{Lu}[-.]?)0(?![\d])|(?<![\d\p{L}])0(?=[-.]?\p{Lu}\p{Lu})", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex ZeroForO();
}

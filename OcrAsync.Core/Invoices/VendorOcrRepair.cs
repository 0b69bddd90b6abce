namespace OcrAsync.Core.Invoices;

/// <summary>
/// OCR's usual misread inside a company name on thermal receipts, undone: a zero beside capitals for the letter O
/// ("HAI-0 RAYA").
/// </summary>
internal static partial class VendorOcrRepair
{
    public static string Apply(string name) => ZeroForO().Replace(name, "O");

    /// <summary>A zero with a capital beside it (a hyphen or dot between allowed) and no digit next to it.</summary>
    [GeneratedRegex(@"(?<=\p{Lu}[-.]?)0(?![\d])|(?<![\d\p{L}])0(?=[-.]?\p{Lu}\p{Lu})", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex ZeroForO();
}

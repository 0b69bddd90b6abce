namespace OcrAsync.Benchmarks.Generated.Wording;

/// <summary>
/// The words of one language: several wordings per label (full, abbreviated, unusual), so no single spelling carries
/// the benchmark, and the month names and long date patterns of the language. One entry of <c>languages.json</c>
/// (<see cref="Languages"/>).
/// </summary>
/// <remarks>
/// Date patterns use the tokens {d} (day), {dd} (two-digit day), {MMMM} (month name), {MMM} (short month name),
/// {MM} (two-digit month), {yyyy} (year); see <see cref="DateStyles"/>. Legal forms and tax labels are format strings:
/// {0} is the vendor's stem ("{0} GmbH", "Công ty TNHH {0}") or the tax rate ("VAT {0}%"). Sold-by labels name the seller
/// on a marketplace's invoice (<see cref="Layouts.MarketplaceLayout"/>).
/// </remarks>
internal sealed record InvoiceWording(
    string Language,
    string[] Titles,
    string[] ReceiptTitles,
    string[] NumberLabels,
    string[] ReceiptNumberLabels,
    string[] DateLabels,
    string[] CustomerLabels,
    string[] SubtotalLabels,
    string[] TaxLabels,
    string[] TotalLabels,
    string[] CashLabels,
    string[] ChangeLabels,
    string[] RoundingLabels,
    string[] DueDateLabels,
    string[] OrderLabels,
    string[] PhoneLabels,
    string[] TaxIdLabels,
    string[] RateLabels,
    string[][] Columns,
    string[] Items,
    string[] Footers,
    string[] Months,
    string[] ShortMonths,
    string[] LongDatePatterns,
    decimal[] TaxRates,
    string[] Currencies,
    string[] Addresses,
    string[] Customers,
    string[] VendorStems,
    string[] LegalForms,
    string[] SoldByLabels);

namespace OcrAsync.Benchmarks.Generated;

/// <summary>Everything one generated invoice or receipt prints, already formatted; a layout decides where.</summary>
internal sealed record InvoiceDocument(
    InvoiceWording Words,
    MoneyStyle Money,
    string Title,
    string Vendor,
    IReadOnlyList<string> VendorLines,
    IReadOnlyList<string> CustomerLines,
    IReadOnlyList<LabelledValue> Header,
    IReadOnlyList<string> Columns,
    IReadOnlyList<LineItem> Items,
    IReadOnlyList<TaxRateLine> TaxSummary,
    IReadOnlyList<LabelledValue> Totals,
    IReadOnlyList<string> Footer)
{
    public LabelledValue Field(string role) => Header.Concat(Totals).First(f => f.Role == role);

    /// <summary>The item table's cells: description, quantity, unit price, amount.</summary>
    public IEnumerable<string[]> Rows => Items.Select(i => new[] { i.Description, i.Quantity.ToString(CultureInfo.InvariantCulture), Money.Number(i.UnitPrice), Money.Number(i.Amount) });

}

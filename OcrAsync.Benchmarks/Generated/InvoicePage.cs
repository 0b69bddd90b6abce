namespace OcrAsync.Benchmarks.Generated;

/// <summary>Everything one generated page prints, and how (layout, font, resolution).</summary>
internal sealed record InvoicePage(
    string Layout,
    string FontFile,
    int Dpi,
    float BodyPoints,
    string Title,
    string Vendor,
    IReadOnlyList<string> VendorLines,
    IReadOnlyList<string> CustomerLines,
    IReadOnlyList<LabelledValue> Header,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<LabelledValue> Totals,
    IReadOnlyList<string> Footer);

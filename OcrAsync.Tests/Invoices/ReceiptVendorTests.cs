namespace OcrAsync.Tests.Invoices;

/// <summary>Receipt company names as small thermal print comes out of OCR (<see cref="VendorOcrRepair"/>).</summary>
public sealed class ReceiptVendorTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("TANJUNG-0 MAKMUR BHD (204417-W)\nLOT 8, JALAN CEMPAKA 4", "TANJUNG-O MAKMUR BHD")]
    [InlineData("0RCHID TRADING\nNo. 5, Jalan Ria 2", "ORCHID TRADING")]
    public void Misread_company_names_are_repaired(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).VendorName);

    [Theory]
    [InlineData("ROOM A-101 TRADING", "ROOM A-101 TRADING")]  // A digit beside the zero: a number, not a letter.
    [InlineData("KEDAI 10 ENTERPRISE", "KEDAI 10 ENTERPRISE")]
    public void Names_without_misreads_stay_as_printed(string name, string expected) =>
        Assert.Equal(expected, VendorOcrRepair.Apply(name));
}

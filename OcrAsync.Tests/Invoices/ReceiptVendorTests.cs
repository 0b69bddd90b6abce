using OcrAsync.Core.Invoices;

namespace OcrAsync.Tests.Invoices;

/// <summary>Receipt company names as small thermal print comes out of OCR (<see cref="VendorOcrRepair"/>).</summary>
public sealed class ReceiptVendorTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("KELANA BAKERIES (KL) SDN BIED (139386 X)\nLot 3, Jalan Pelabur 23/1,\n40300 Shah Alam", "KELANA BAKERIES (KL) SDN BHD")]
    [InlineData("SENTOSA SUPPLY SDN BHO (1135772-K)\nNO. 31G, JALAN SETIA INDAH", "SENTOSA SUPPLY SDN BHD")]
    [InlineData("Sari Roti Marketing Sdn Bnd (524463-x)\nLot 9, Jalan Utarid U5/13", "Sari Roti Marketing Sdn Bhd")]
    [InlineData("MAJU-0 RIA BHD (169199-V)\nLOT 11, BATU 2, JALAN KAPAR", "MAJU-O RIA BHD")]
    [InlineData("0MEGA TRADING\nNo. 5, Jalan Ria 2", "OMEGA TRADING")]
    public void Misread_company_names_are_repaired(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).VendorName);

    [Theory]
    [InlineData("ROOM A-101 TRADING", "ROOM A-101 TRADING")]  // A digit beside the zero: a number, not a letter.
    [InlineData("SANDBOX BHD", "SANDBOX BHD")]              // "SANDBOX" is not a misread "SDN BHD".
    [InlineData("KEDAI 10 ENTERPRISE", "KEDAI 10 ENTERPRISE")]
    public void Names_without_misreads_stay_as_printed(string name, string expected) =>
        Assert.Equal(expected, VendorOcrRepair.Apply(name));
}

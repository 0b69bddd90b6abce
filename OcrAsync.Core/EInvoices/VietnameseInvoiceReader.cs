namespace OcrAsync.Core.EInvoices;

/// <summary>
/// Vietnamese e-invoice XML (Decree 123/2020, Circular 78/2021): <c>HDon/DLHDon</c> with the general part
/// <c>TTChung</c> and the content <c>NDHDon</c> (seller <c>NBan</c>, buyer <c>NMua</c>, lines <c>DSHHDVu</c>, totals
/// <c>TToan</c>); the tax authority's code <c>MCCQT</c> and the signatures <c>DSCKS</c> sit beside <c>DLHDon</c>.
/// The schema has no namespace.
/// </summary>
public sealed class VietnameseInvoiceReader : IEInvoiceReader
{
    public const string Format = "vn_tt78";

    public string Description => "Vietnamese e-invoice (TT78 HDon)";

    public bool CanRead(XName root) => root == XName.Get("HDon");

    public string SignedPart => "DLHDon";

    public InvoiceData Read(XElement root)
    {
        var data = Required(root, "DLHDon");
        var general = Required(data, "TTChung");
        var content = Required(data, "NDHDon");
        var totals = content.Element("TToan");
        var fields = new EInvoiceFields();

        var number = fields.Text("invoice_number", Required(general, "SHDon"));
        var series = fields.Text("invoice_series", general.Element("KHHDon"));
        var form = fields.Text("invoice_form", general.Element("KHMSHDon"));
        fields.Text("tax_authority_code", root.Element("MCCQT"));
        var seller = Party(content.Element("NBan"), "seller", fields);
        var buyer = Party(content.Element("NMua"), "buyer", fields);
        return new InvoiceData
        {
            Format = Format,
            InvoiceNumber = number,
            InvoiceSeries = series,
            InvoiceForm = form,
            Date = fields.Date("date", general.Element("NLap")),
            Currency = fields.Text("currency", general.Element("DVTTe")),
            VendorName = fields.Record("vendor_name", seller?.Name),
            Seller = seller,
            Buyer = buyer,
            Subtotal = fields.Amount("subtotal", totals?.Element("TgTCThue")),
            TaxAmount = fields.Amount("tax_amount", totals?.Element("TgTThue")),
            TotalAmount = fields.Amount("total_amount", totals?.Element("TgTTTBSo")),
            TaxBreakdown = totals?.Element("THTTLTSuat")?.Elements("LTSuat").Select(TaxSubtotal).ToList(),
            LineItems = content.Element("DSHHDVu")?.Elements("HHDVu").Select(Line).ToList() ?? [],
            Fields = fields.All,
        };
    }

    private static InvoiceParty? Party(XElement? party, string role, EInvoiceFields fields)
    {
        if (party is null)
        {
            return null;
        }

        var name = fields.Text($"{role}_name", party.Element("Ten"));
        var taxCode = fields.Text($"{role}_tax_code", party.Element("MST"));
        var address = fields.Text($"{role}_address", party.Element("DChi"));
        return new InvoiceParty(name, taxCode, address);
    }

    private static InvoiceTaxSubtotal TaxSubtotal(XElement rate)
    {
        var (percent, category) = VietnameseTaxRate.Parse(EInvoiceFields.Value(rate.Element("TSuat")), "TToan/THTTLTSuat/LTSuat/TSuat");
        return new InvoiceTaxSubtotal(percent, category, EInvoiceFields.ParseDecimal(rate.Element("ThTien")), EInvoiceFields.ParseDecimal(rate.Element("TThue")));
    }

    private static InvoiceLineItem Line(XElement line)
    {
        var (rate, category) = VietnameseTaxRate.Parse(EInvoiceFields.Value(line.Element("TSuat")), "DSHHDVu/HHDVu/TSuat");
        return new InvoiceLineItem(
            EInvoiceFields.Value(line.Element("THHDVu")) ?? string.Empty,
            EInvoiceFields.ParseDecimal(line.Element("SLuong")),
            EInvoiceFields.ParseDecimal(line.Element("DGia")),
            EInvoiceFields.ParseDecimal(line.Element("ThTien")))
        {
            Unit = EInvoiceFields.Value(line.Element("DVTinh")),
            VatRate = rate,
            TaxCategory = category,
        };
    }

    private static XElement Required(XElement parent, string name) =>
        parent.Element(name) ?? throw new InvalidEInvoiceException(
            $"The Vietnamese e-invoice has no {parent.Name.LocalName}/{name} element; it is not a complete TT78 invoice.");
}

namespace OcrAsync.Core.EInvoices;

/// <summary>
/// UN/CEFACT Cross Industry Invoice (D16B), the syntax of Factur-X / ZUGFeRD 2 and of XRechnung's CII flavour:
/// <c>rsm:ExchangedDocument</c> (number, type, date) and <c>rsm:SupplyChainTradeTransaction</c> with the lines, the
/// agreement (seller, buyer) and the settlement (currency, taxes, payment terms, totals).
/// </summary>
public sealed class CiiInvoiceReader : IEInvoiceReader
{
    public static readonly XNamespace Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    public static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    public static readonly XNamespace Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

    /// <summary>UNTDID 1001 codes of credit notes (381 credit note, 261 self-billed, 396 factored).</summary>
    private static readonly string[] CreditNoteTypes = ["381", "261", "396"];

    public string Description => "UN/CEFACT CII CrossIndustryInvoice (Factur-X, ZUGFeRD, XRechnung CII)";

    public bool CanRead(XName root) => root == Rsm + "CrossIndustryInvoice";

    public InvoiceData Read(XElement root)
    {
        var document = root.Element(Rsm + "ExchangedDocument")
            ?? throw new InvalidEInvoiceException("The CII invoice has no rsm:ExchangedDocument.");
        var transaction = root.Element(Rsm + "SupplyChainTradeTransaction")
            ?? throw new InvalidEInvoiceException("The CII invoice has no rsm:SupplyChainTradeTransaction.");
        var agreement = transaction.Element(Ram + "ApplicableHeaderTradeAgreement");
        var settlement = transaction.Element(Ram + "ApplicableHeaderTradeSettlement")
            ?? throw new InvalidEInvoiceException("The CII invoice has no ram:ApplicableHeaderTradeSettlement.");
        var totals = settlement.Element(Ram + "SpecifiedTradeSettlementHeaderMonetarySummation");
        var fields = new EInvoiceFields();
        var currency = fields.Text("currency", settlement.Element(Ram + "InvoiceCurrencyCode"));
        var seller = Party(agreement?.Element(Ram + "SellerTradeParty"), "seller", fields);
        var buyer = Party(agreement?.Element(Ram + "BuyerTradeParty"), "buyer", fields);
        // TaxTotalAmount may appear twice: in the invoice currency (BT-110) and in the tax currency (BT-111).
        var taxTotal = totals?.Elements(Ram + "TaxTotalAmount").FirstOrDefault(t => (string?)t.Attribute("currencyID") == currency)
            ?? totals?.Element(Ram + "TaxTotalAmount");
        return new InvoiceData
        {
            Format = CreditNoteTypes.Contains(EInvoiceFields.Value(document.Element(Ram + "TypeCode"))) ? "cii_credit_note" : "cii_invoice",
            InvoiceNumber = fields.Text("invoice_number", document.Element(Ram + "ID"))
                ?? throw new InvalidEInvoiceException("The CII invoice has no rsm:ExchangedDocument/ram:ID (invoice number)."),
            Date = fields.Date("date", document.Element(Ram + "IssueDateTime")?.Element(Udt + "DateTimeString")),
            DueDate = fields.Date("due_date", settlement.Elements(Ram + "SpecifiedTradePaymentTerms")
                .Select(t => t.Element(Ram + "DueDateDateTime")?.Element(Udt + "DateTimeString")).FirstOrDefault(d => d is not null)),
            Currency = currency,
            VendorName = fields.Record("vendor_name", seller?.Name),
            Seller = seller,
            Buyer = buyer,
            Subtotal = fields.Amount("subtotal", totals?.Element(Ram + "TaxBasisTotalAmount")),
            TaxAmount = fields.Amount("tax_amount", taxTotal),
            TotalAmount = fields.Amount("total_amount", totals?.Element(Ram + "GrandTotalAmount")),
            AmountDue = fields.Amount("amount_due", totals?.Element(Ram + "DuePayableAmount")),
            TaxBreakdown = settlement.Elements(Ram + "ApplicableTradeTax").Select(TaxSubtotal).ToList(),
            LineItems = transaction.Elements(Ram + "IncludedSupplyChainTradeLineItem").Select(Line).ToList(),
            Fields = fields.All,
        };
    }

    private static InvoiceParty? Party(XElement? party, string role, EInvoiceFields fields)
    {
        if (party is null)
        {
            return null;
        }

        var name = fields.Text($"{role}_name", party.Element(Ram + "Name"));
        // schemeID VA is the VAT number (BT-31/BT-48), FC the local tax number (BT-32).
        var registrations = party.Elements(Ram + "SpecifiedTaxRegistration").Select(r => r.Element(Ram + "ID")).OfType<XElement>().ToList();
        var taxCode = fields.Text($"{role}_tax_code",
            registrations.FirstOrDefault(id => (string?)id.Attribute("schemeID") == "VA") ?? registrations.FirstOrDefault());
        var address = party.Element(Ram + "PostalTradeAddress");
        var text = address is null ? null : EInvoiceFields.JoinAddress(
            EInvoiceFields.Value(address.Element(Ram + "LineOne")),
            EInvoiceFields.Value(address.Element(Ram + "LineTwo")),
            EInvoiceFields.Value(address.Element(Ram + "LineThree")),
            EInvoiceFields.Value(address.Element(Ram + "PostcodeCode")),
            EInvoiceFields.Value(address.Element(Ram + "CityName")),
            EInvoiceFields.Value(address.Element(Ram + "CountryID")));
        return new InvoiceParty(name, taxCode, fields.Record($"{role}_address", text));
    }

    private static InvoiceTaxSubtotal TaxSubtotal(XElement tax) => new(
        EInvoiceFields.ParseDecimal(tax.Element(Ram + "RateApplicablePercent")),
        EInvoiceFields.Value(tax.Element(Ram + "CategoryCode")),
        EInvoiceFields.ParseDecimal(tax.Element(Ram + "BasisAmount")),
        EInvoiceFields.ParseDecimal(tax.Element(Ram + "CalculatedAmount")));

    private static InvoiceLineItem Line(XElement line)
    {
        var quantity = line.Element(Ram + "SpecifiedLineTradeDelivery")?.Element(Ram + "BilledQuantity");
        var settlement = line.Element(Ram + "SpecifiedLineTradeSettlement");
        var tax = settlement?.Element(Ram + "ApplicableTradeTax");
        return new InvoiceLineItem(
            EInvoiceFields.Value(line.Element(Ram + "SpecifiedTradeProduct")?.Element(Ram + "Name")) ?? string.Empty,
            EInvoiceFields.ParseDecimal(quantity),
            EInvoiceFields.ParseDecimal(line.Element(Ram + "SpecifiedLineTradeAgreement")?.Element(Ram + "NetPriceProductTradePrice")?.Element(Ram + "ChargeAmount")),
            EInvoiceFields.ParseDecimal(settlement?.Element(Ram + "SpecifiedTradeSettlementLineMonetarySummation")?.Element(Ram + "LineTotalAmount")))
        {
            Unit = (string?)quantity?.Attribute("unitCode"),
            VatRate = EInvoiceFields.ParseDecimal(tax?.Element(Ram + "RateApplicablePercent")),
            TaxCategory = EInvoiceFields.Value(tax?.Element(Ram + "CategoryCode")),
        };
    }
}

namespace OcrAsync.Core.EInvoices;

/// <summary>
/// OASIS UBL 2.1 Invoice and CreditNote, the syntax of Peppol BIS Billing 3.0 and of XRechnung's UBL flavour. Field
/// names are the EN 16931 business terms' UBL elements (BT-1 cbc:ID, BT-112 TaxInclusiveAmount, BT-115 PayableAmount…).
/// </summary>
public sealed class UblInvoiceReader : IEInvoiceReader
{
    public static readonly XNamespace InvoiceNs = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static readonly XNamespace CreditNoteNs = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    public string Description => "UBL 2.1 Invoice or CreditNote (Peppol BIS 3, XRechnung UBL)";

    public bool CanRead(XName root) => root == InvoiceNs + "Invoice" || root == CreditNoteNs + "CreditNote";

    public InvoiceData Read(XElement root)
    {
        var isCreditNote = root.Name == CreditNoteNs + "CreditNote";
        var fields = new EInvoiceFields();
        var currency = fields.Text("currency", root.Element(Cbc + "DocumentCurrencyCode"));
        var totals = root.Element(Cac + "LegalMonetaryTotal")
            ?? throw new InvalidEInvoiceException($"The UBL {root.Name.LocalName} has no cac:LegalMonetaryTotal.");
        // A second TaxTotal may state the tax in the tax currency (BT-111); the one in the document currency is BT-110.
        var taxTotal = root.Elements(Cac + "TaxTotal")
            .FirstOrDefault(t => (string?)t.Element(Cbc + "TaxAmount")?.Attribute("currencyID") == currency)
            ?? root.Element(Cac + "TaxTotal");
        var seller = Party(root.Element(Cac + "AccountingSupplierParty")?.Element(Cac + "Party"), "seller", fields);
        var buyer = Party(root.Element(Cac + "AccountingCustomerParty")?.Element(Cac + "Party"), "buyer", fields);
        var lineName = isCreditNote ? "CreditNoteLine" : "InvoiceLine";
        return new InvoiceData
        {
            Format = isCreditNote ? "ubl_credit_note" : "ubl_invoice",
            InvoiceNumber = fields.Text("invoice_number", root.Element(Cbc + "ID"))
                ?? throw new InvalidEInvoiceException($"The UBL {root.Name.LocalName} has no cbc:ID (invoice number)."),
            Date = fields.Date("date", root.Element(Cbc + "IssueDate")),
            DueDate = fields.Date("due_date",
                root.Element(Cbc + "DueDate") ?? root.Elements(Cac + "PaymentMeans").Elements(Cbc + "PaymentDueDate").FirstOrDefault()),
            Currency = currency,
            VendorName = fields.Record("vendor_name", seller?.Name),
            Seller = seller,
            Buyer = buyer,
            Subtotal = fields.Amount("subtotal", totals.Element(Cbc + "TaxExclusiveAmount")),
            TaxAmount = fields.Amount("tax_amount", taxTotal?.Element(Cbc + "TaxAmount")),
            TotalAmount = fields.Amount("total_amount", totals.Element(Cbc + "TaxInclusiveAmount")),
            AmountDue = fields.Amount("amount_due", totals.Element(Cbc + "PayableAmount")),
            TaxBreakdown = taxTotal?.Elements(Cac + "TaxSubtotal").Select(TaxSubtotal).ToList(),
            LineItems = root.Elements(Cac + lineName).Select(line => Line(line, isCreditNote)).ToList(),
            Fields = fields.All,
        };
    }

    private static InvoiceParty? Party(XElement? party, string role, EInvoiceFields fields)
    {
        if (party is null)
        {
            return null;
        }

        // BT-27 legal name first, the trading name (BT-28) when there is none.
        var name = fields.Text($"{role}_name",
            party.Element(Cac + "PartyLegalEntity")?.Element(Cbc + "RegistrationName") ?? party.Element(Cac + "PartyName")?.Element(Cbc + "Name"));
        var schemes = party.Elements(Cac + "PartyTaxScheme").ToList();
        var vat = schemes.FirstOrDefault(s => EInvoiceFields.Value(s.Element(Cac + "TaxScheme")?.Element(Cbc + "ID")) == "VAT") ?? schemes.FirstOrDefault();
        var taxCode = fields.Text($"{role}_tax_code", vat?.Element(Cbc + "CompanyID"));
        var address = fields.Record($"{role}_address", Address(party.Element(Cac + "PostalAddress")));
        return new InvoiceParty(name, taxCode, address);
    }

    private static string? Address(XElement? address)
    {
        if (address is null)
        {
            return null;
        }

        return EInvoiceFields.JoinAddress(
            EInvoiceFields.Value(address.Element(Cbc + "StreetName")),
            EInvoiceFields.Value(address.Element(Cbc + "AdditionalStreetName")),
            EInvoiceFields.Value(address.Element(Cac + "AddressLine")?.Element(Cbc + "Line")),
            EInvoiceFields.Value(address.Element(Cbc + "PostalZone")),
            EInvoiceFields.Value(address.Element(Cbc + "CityName")),
            EInvoiceFields.Value(address.Element(Cac + "Country")?.Element(Cbc + "IdentificationCode")));
    }

    private static InvoiceTaxSubtotal TaxSubtotal(XElement subtotal)
    {
        var category = subtotal.Element(Cac + "TaxCategory");
        return new InvoiceTaxSubtotal(
            EInvoiceFields.ParseDecimal(category?.Element(Cbc + "Percent")),
            EInvoiceFields.Value(category?.Element(Cbc + "ID")),
            EInvoiceFields.ParseDecimal(subtotal.Element(Cbc + "TaxableAmount")),
            EInvoiceFields.ParseDecimal(subtotal.Element(Cbc + "TaxAmount")));
    }

    private static InvoiceLineItem Line(XElement line, bool isCreditNote)
    {
        var item = line.Element(Cac + "Item");
        var quantity = line.Element(Cbc + (isCreditNote ? "CreditedQuantity" : "InvoicedQuantity"));
        var tax = item?.Element(Cac + "ClassifiedTaxCategory");
        return new InvoiceLineItem(
            EInvoiceFields.Value(item?.Element(Cbc + "Name")) ?? EInvoiceFields.Value(item?.Element(Cbc + "Description")) ?? string.Empty,
            EInvoiceFields.ParseDecimal(quantity),
            EInvoiceFields.ParseDecimal(line.Element(Cac + "Price")?.Element(Cbc + "PriceAmount")),
            EInvoiceFields.ParseDecimal(line.Element(Cbc + "LineExtensionAmount")))
        {
            Unit = (string?)quantity?.Attribute("unitCode"),
            VatRate = EInvoiceFields.ParseDecimal(tax?.Element(Cbc + "Percent")),
            TaxCategory = EInvoiceFields.Value(tax?.Element(Cbc + "ID")),
        };
    }
}

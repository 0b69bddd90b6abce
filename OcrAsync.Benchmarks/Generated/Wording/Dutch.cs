namespace OcrAsync.Benchmarks.Generated.Wording;

internal static class Dutch
{
    public static readonly InvoiceWording Words = new(
        "nl",
        Titles: ["FACTUUR", "Factuur", "Verkoopfactuur"],
        ReceiptTitles: ["KASSABON", "Bon", "KWITANTIE"],
        NumberLabels: ["Factuurnummer:", "Factuurnr.:", "Factuur nr.", "Nr.", "Nummer:", "Ref.:", "Fact.nr."],
        ReceiptNumberLabels: ["Bonnr.", "Bon nr:", "Nr."],
        DateLabels: ["Datum:", "Factuurdatum:", "Factuur datum:", "Datum"],
        CustomerLabels: ["Klant:", "Factuuradres:", "Aan:"],
        SubtotalLabels: ["Subtotaal", "Totaal excl. btw", "Netto bedrag", "Excl. BTW"],
        TaxLabels: ["BTW {0}%", "btw ({0}%)", "BTW-bedrag", "Btw {0} %"],
        TotalLabels: ["Totaal", "Totaal incl. btw", "Te betalen", "TOTAAL", "Totaalbedrag", "Factuurbedrag"],
        CashLabels: ["Contant", "Betaald", "Ontvangen"],
        ChangeLabels: ["Wisselgeld", "Terug"],
        RoundingLabels: ["Afronding"],
        DueDateLabels: ["Vervaldatum:", "Te betalen voor:"],
        OrderLabels: ["Ordernr.:", "Uw referentie:"],
        PhoneLabels: ["Tel:", "Telefoon:", "Fax:"],
        TaxIdLabels: ["BTW-nr:", "KvK:", "Btw-id:"],
        RateLabels: ["Tarief", "Grondslag", "BTW"],
        Columns: [["Omschrijving", "Aantal", "Prijs", "Bedrag"], ["Artikel", "Aant.", "Stukprijs", "Totaal"], ["Product", "Aantal", "Prijs", "Bedrag"]],
        Items: ["Printpapier A4, 500 vel", "Tonercartridge zwart", "Onderhoudsbeurt", "Bureaulamp LED", "USB-C kabel 2 m", "Verzendkosten", "Advies, 4 uur", "Koffiebonen 1 kg", "Broodje kaas", "Koffie verkeerd"],
        Footers: ["Bedankt voor uw bestelling.", "Betaling binnen 14 dagen.", "Op al onze leveringen zijn de algemene voorwaarden van toepassing."],
        Months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ShortMonths: ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
        LongDatePatterns: ["{d} {MMMM} {yyyy}", "{d} {MMM} {yyyy}", "{dd}-{MMM}-{yyyy}"],
        TaxRates: [9m, 21m],
        Currencies: ["EUR"],
        Addresses: ["Damrak 20, 1012 LH Amsterdam", "Coolsingel 40, 3011 AD Rotterdam", "Oudegracht 150, 3511 AZ Utrecht", "Meir 50, 2000 Antwerpen"],
        Customers: ["Jansen Transport", "De Vries & Zn.", "Dhr. P. Bakker", "Gemeente Leiden"],
        VendorStems: ["Van Dijk Installatie", "Drukkerij De Boer", "Bakkerij Visser", "Smit Kantoorartikelen", "Mulder ICT", "Café De Hoek"],
        LegalForms: ["{0} B.V.", "{0} BV", "{0} N.V.", "{0} V.O.F.", "{0} bvba"]);
}

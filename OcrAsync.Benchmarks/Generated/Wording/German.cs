namespace OcrAsync.Benchmarks.Generated.Wording;

internal static class German
{
    public static readonly InvoiceWording Words = new(
        "de",
        Titles: ["RECHNUNG", "Rechnung", "Rechnung Nr.", "Warenrechnung"],
        ReceiptTitles: ["KASSENBON", "Quittung", "BELEG"],
        NumberLabels: ["Rechnungsnummer:", "Rechnungs-Nr.:", "Rechnung Nr.", "Nr.", "Re.-Nr.", "Beleg-Nr.:", "RE-Nr:", "Belegnummer"],
        ReceiptNumberLabels: ["Bon-Nr.", "Beleg-Nr.", "Nr."],
        DateLabels: ["Datum:", "Rechnungsdatum:", "Re.-Datum:", "Datum", "Belegdatum:"],
        CustomerLabels: ["Kunde:", "Rechnungsempfänger:", "An:"],
        SubtotalLabels: ["Nettobetrag", "Zwischensumme", "Summe netto", "Netto"],
        TaxLabels: ["MwSt. {0} %", "zzgl. {0}% USt.", "USt {0}%", "Mehrwertsteuer {0}%"],
        TotalLabels: ["Gesamtbetrag", "Rechnungsbetrag", "Summe", "Endbetrag", "SUMME", "Brutto", "Zu zahlen"],
        CashLabels: ["Bar", "Gegeben", "BAR"],
        ChangeLabels: ["Rückgeld", "Zurück"],
        RoundingLabels: ["Rundung"],
        DueDateLabels: ["Fällig am:", "Zahlbar bis:"],
        OrderLabels: ["Bestell-Nr.:", "Auftrag:", "Ihre Zeichen:"],
        PhoneLabels: ["Tel.:", "Telefon:", "Fax:"],
        TaxIdLabels: ["USt-IdNr.:", "Steuer-Nr.:", "HRB"],
        RateLabels: ["Satz", "Netto", "Steuer"],
        Columns: [["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"], ["Artikel", "Anz.", "E-Preis", "Betrag"], ["Leistung", "Menge", "Preis", "Summe"]],
        Items: ["Kopierpapier A4, 500 Blatt", "Tonerkartusche schwarz", "Wartung Heizungsanlage", "Schreibtischleuchte", "USB-C-Kabel 2 m", "Versandkosten", "Beratung, 4 Stunden", "Kaffeebohnen 1 kg", "Brezel", "Apfelschorle"],
        Footers: ["Vielen Dank für Ihren Auftrag.", "Zahlbar innerhalb von 14 Tagen ohne Abzug.", "Es gelten unsere AGB."],
        Months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        ShortMonths: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
        LongDatePatterns: ["{d}. {MMMM} {yyyy}", "{d}. {MMM} {yyyy}", "{dd}. {MMMM} {yyyy}"],
        TaxRates: [7m, 19m],
        Currencies: ["EUR", "CHF"],
        Addresses: ["Hauptstraße 5, 10115 Berlin", "Königsallee 12, 40212 Düsseldorf", "Bahnhofstrasse 21, 8001 Zürich", "Mariahilfer Str. 3, 1060 Wien"],
        Customers: ["Schmidt & Partner", "Bauer Logistik GmbH", "Frau Anna Weber", "Stadtwerke Nord"],
        VendorStems: ["Müller Haustechnik", "Schneider Druck", "Bäckerei Hoffmann", "Weber Elektro", "Fischer Bürobedarf", "Zimmermann Software"],
        LegalForms: ["{0} GmbH", "{0} GmbH & Co. KG", "{0} AG", "{0} e.K.", "{0} UG (haftungsbeschränkt)", "{0} KG"]);
}

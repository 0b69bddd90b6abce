namespace OcrAsync.Benchmarks.Generated.Wording;

internal static class Italian
{
    public static readonly InvoiceWording Words = new(
        "it",
        Titles: ["FATTURA", "Fattura", "FATTURA N.", "Fattura di vendita"],
        ReceiptTitles: ["SCONTRINO", "DOCUMENTO COMMERCIALE", "RICEVUTA"],
        NumberLabels: ["Fattura n.", "Numero fattura:", "N. fattura:", "N.", "Num.", "Rif.:", "Doc. n."],
        ReceiptNumberLabels: ["Documento n.", "Scontrino n.", "N."],
        DateLabels: ["Data:", "Data fattura:", "Data documento:", "del"],
        CustomerLabels: ["Cliente:", "Spett.le", "Destinatario:"],
        SubtotalLabels: ["Imponibile", "Totale imponibile", "Subtotale", "Totale netto"],
        TaxLabels: ["IVA {0}%", "IVA ({0}%)", "Imposta {0}%", "Totale IVA"],
        TotalLabels: ["Totale", "Totale fattura", "TOTALE", "Totale documento", "Netto a pagare", "Totale da pagare"],
        CashLabels: ["Contanti", "Pagato", "Contante"],
        ChangeLabels: ["Resto"],
        RoundingLabels: ["Arrotondamento"],
        DueDateLabels: ["Scadenza:", "Data scadenza:"],
        OrderLabels: ["Ordine n.:", "Vs. rif.:"],
        PhoneLabels: ["Tel.", "Telefono:", "Fax"],
        TaxIdLabels: ["P.IVA", "Partita IVA:", "C.F."],
        RateLabels: ["Aliquota", "Imponibile", "Imposta"],
        Columns: [["Descrizione", "Q.tà", "Prezzo", "Importo"], ["Articolo", "Qtà", "Prezzo unit.", "Totale"], ["Prodotto", "Quantità", "Prezzo", "Importo"]],
        Items: ["Carta A4, 500 fogli", "Cartuccia toner nero", "Servizio di manutenzione", "Lampada da scrivania", "Cavo USB-C 2 m", "Spese di spedizione", "Consulenza, 4 ore", "Caffè in grani 1 kg", "Cornetto", "Cappuccino"],
        Footers: ["Grazie per la fiducia.", "Pagamento a 30 giorni data fattura.", "Operazione soggetta a IVA."],
        Months: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        ShortMonths: ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
        LongDatePatterns: ["{d} {MMMM} {yyyy}", "{d} {MMM} {yyyy}", "{dd}-{MMM}-{yyyy}"],
        TaxRates: [4m, 10m, 22m],
        Currencies: ["EUR"],
        Addresses: ["Via Roma 15, 20121 Milano", "Corso Vittorio Emanuele 8, 00186 Roma", "Via Toledo 100, 80134 Napoli", "Piazza San Marco 2, 30124 Venezia"],
        Customers: ["Bianchi & C.", "Edilizia Ferrari", "Sig. Marco Esposito", "Studio Colombo"],
        VendorStems: ["Rossi Forniture", "Tipografia Romano", "Caffè Galli", "Ricci Impianti", "Cartoleria Conti", "Marino Informatica"],
        LegalForms: ["{0} S.p.A.", "{0} S.r.l.", "{0} SRL", "{0} s.n.c.", "{0} S.a.s."]);
}

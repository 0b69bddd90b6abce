namespace OcrAsync.Benchmarks.Generated.Wording;

internal static class French
{
    public static readonly InvoiceWording Words = new(
        "fr",
        Titles: ["FACTURE", "Facture", "FACTURE N°", "Facture de vente"],
        ReceiptTitles: ["TICKET DE CAISSE", "REÇU", "TICKET"],
        NumberLabels: ["Facture N° :", "N° de facture :", "Numéro de facture :", "N°", "Réf. :", "N° facture", "Fact. n°"],
        ReceiptNumberLabels: ["Ticket n°", "N° ticket :", "Réf."],
        DateLabels: ["Date :", "Date de facture :", "Date d'émission :", "Le", "Date facture"],
        CustomerLabels: ["Client :", "Facturé à :", "Destinataire :"],
        SubtotalLabels: ["Total HT", "Montant HT", "Sous-total", "Total H.T."],
        TaxLabels: ["TVA {0} %", "TVA ({0}%)", "Montant TVA", "T.V.A. {0}%"],
        TotalLabels: ["Total TTC", "Net à payer", "Montant TTC", "TOTAL TTC", "Total à payer", "Total T.T.C."],
        CashLabels: ["Espèces", "Reçu", "Payé"],
        ChangeLabels: ["Rendu", "Monnaie rendue"],
        RoundingLabels: ["Arrondi"],
        DueDateLabels: ["Échéance :", "Date d'échéance :", "À payer avant le :"],
        OrderLabels: ["N° de commande :", "Bon de commande :", "Votre réf. :"],
        PhoneLabels: ["Tél. :", "Tél :", "Fax :"],
        TaxIdLabels: ["SIRET :", "N° TVA :", "TVA intracom. :"],
        RateLabels: ["Taux", "Base HT", "TVA"],
        Columns: [["Désignation", "Qté", "Prix unit. HT", "Montant HT"], ["Description", "Qté", "P.U.", "Total"], ["Article", "Quantité", "Prix", "Montant"]],
        Items: ["Ramette papier A4", "Cartouche d'encre noire", "Prestation de maintenance", "Lampe de bureau", "Câble USB-C 2 m", "Frais de port", "Conseil, 4 heures", "Café en grains 1 kg", "Croissant", "Baguette"],
        Footers: ["Merci de votre confiance.", "Paiement à 30 jours par virement.", "Pénalités de retard : 3 fois le taux légal."],
        Months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        ShortMonths: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
        LongDatePatterns: ["{d} {MMMM} {yyyy}", "{d} {MMM} {yyyy}", "le {d} {MMMM} {yyyy}"],
        TaxRates: [5.5m, 10m, 20m],
        Currencies: ["EUR", "CHF"],
        Addresses: ["12 rue de la Paix, 75002 Paris", "5 place Bellecour, 69002 Lyon", "Rue du Rhône 30, 1204 Genève", "Rue de la Loi 16, 1000 Bruxelles"],
        Customers: ["Dupont & Fils", "Société Générale de Services", "Atelier Lefèvre", "Mme Claire Martin"],
        VendorStems: ["Boulangerie Martin", "Imprimerie Lefort", "Garage Dubois", "Papeterie du Centre", "Bureautique Moreau", "Café de la Gare"],
        LegalForms: ["{0} S.A.R.L.", "{0} SARL", "{0} SAS", "{0} S.A.", "{0} EURL", "{0} Sàrl"]);
}

using OcrAsync.Core.Invoices.Labels;

namespace OcrAsync.Tests.Invoices;

/// <summary>The label lexicon (label-lexicon.json): its coverage, its phrase syntax, and invoices labelled in each language.</summary>
public sealed class LabelLexiconTests
{
    private static readonly string[] Languages = ["en", "vi", "fr", "de", "es", "it", "nl", "pt"];

    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("invoice_number")]
    [InlineData("invoice_date")]
    [InlineData("due_date")]
    [InlineData("total_strong")]
    [InlineData("subtotal")]
    [InlineData("tax")]
    [InlineData("customer")]
    [InlineData("vendor")]
    [InlineData("payment_receiver")]
    [InlineData("shipping")]
    [InlineData("table_header")]
    public void Every_language_labels_the_core_fields(string concept)
    {
        var byLanguage = LabelLexicon.Concepts[concept];
        Assert.All(Languages, l => Assert.True(byLanguage.TryGetValue(l, out var phrases) && phrases.Count > 0, $"{concept} has no {l} phrase"));
    }

    [Fact]
    public void Phrases_are_written_in_label_form()
    {
        var phrases = LabelLexicon.Concepts.Values.SelectMany(c => c.Values).SelectMany(p => p).ToList();
        Assert.All(phrases, p => Assert.Equal(TextFolding.LabelForm(p), p));
    }

    [Theory]
    [InlineData("Descripción Uds. P. unit. % Total")]
    [InlineData("Mặt hàng SL Giá T.Tiền")]
    public void An_item_tables_captions_make_a_table_header(string captions) =>
        Assert.True(InvoiceLabels.TableHeader().Count(TextFolding.LabelForm(captions)) >= 2, captions);

    [Theory]
    [InlineData("inv. no.", "inv no 12", true)]
    [InlineData("inv. no.", "inv.no.12", true)]
    [InlineData("inv. no.", "invention 12", false)]
    [InlineData("inv. no.", "inv nobody", false)]
    [InlineData("factura n°", "factura n° 12", true)]
    [InlineData("iva", "totale ivato", false)]
    [InlineData("sous-total", "sous-total ht", true)]
    [InlineData("re.-nr.", "re. -nr. 191617", true)] // OCR spaces around the hyphen
    [InlineData("re.-nr.", "re - nr 191617", true)]
    [InlineData("re.-nr.", "re.nr. 191617", true)]
    [InlineData("re.-nr.", "pre-nr 191617", false)]
    public void A_phrase_matches_its_printed_spellings_and_whole_words_only(string phrase, string text, bool matches) =>
        Assert.Equal(matches, Regex.IsMatch(text, "(?<![a-z])" + LabelLexicon.Pattern(phrase)));

    [Theory]
    [InlineData("Facture n° F-2024-118", "Date de facture : 12/03/2024", "Total TTC : 1 234,56 €", "F-2024-118", "2024-03-12", "1234.56")]
    [InlineData("Rechnungsnummer: RE-4471", "Rechnungsdatum: 02.05.2024", "Gesamtbetrag: 2.345,60 EUR", "RE-4471", "2024-05-02", "2345.60")]
    [InlineData("Factura nº: A-0093", "Fecha de emisión: 7 de marzo de 2024", "Importe total: 845,10 €", "A-0093", "2024-03-07", "845.10")]
    [InlineData("Fattura n. 2024/77", "Data fattura: 03/09/2024", "Totale documento: 1.220,00", "2024/77", "2024-09-03", "1220.00")]
    [InlineData("Factuurnummer: 20240412", "Factuurdatum: 12-04-2024", "Te betalen: € 99,95", "20240412", "2024-04-12", "99.95")]
    [InlineData("Fatura nº FT-2024/31", "Data de emissão: 15/06/2024", "Total a pagar: 310,00 €", "FT-2024/31", "2024-06-15", "310.00")]
    [InlineData("Facture N° FAC-2020-9893", "Date : 14 janvier 2020", "Net à payer €80 152.49", "FAC-2020-9893", "2020-01-14", "80152.49")]
    [InlineData("Num.\nN.90565", "Data documento: 16 gennaio 2021", "Netto a pagare 10039,64", "N.90565", "2021-01-16", "10039.64")]
    [InlineData("Inv. No: 88-1020", "Issue date: 2024-02-29", "Amount due: $4,410.00", "88-1020", "2024-02-29", "4410.00")]
    public void Invoices_labelled_in_each_language_are_read(string numberLine, string dateLine, string totalLine, string number, string date, string total)
    {
        var text = string.Join('\n', "Nordlicht Handel", numberLine, dateLine, "Subtotal / Netto", "Article 1   10,00", totalLine);

        var data = _extractor.Extract(InvoiceSamples.Page(text));

        Assert.Equal(number, data.InvoiceNumber);
        Assert.Equal(date, data.Date);
        Assert.Equal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), data.TotalAmount);
    }

    [Theory]
    [InlineData("Partita IVA: 01234567890\nIVA 22%: 22,00\nTotale: 122,00", 22.00)]
    [InlineData("USt-IdNr.: DE123456789\nMwSt. 19%: 19,00\nGesamtbetrag: 119,00", 19.00)]
    public void Tax_number_labels_are_not_the_tax_amount(string lines, double tax)
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Nordlicht Handel\n" + lines));

        Assert.Equal((decimal)tax, data.TaxAmount);
    }
}

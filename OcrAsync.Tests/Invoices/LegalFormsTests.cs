using OcrAsync.Core.Invoices.Labels;

namespace OcrAsync.Tests.Invoices;

/// <summary>Legal forms as data (<c>legal-forms.json</c>) and the vendor name repairs they allow, on names invented for these tests.</summary>
public sealed class LegalFormsTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("Ricci Arredi S.r..", "Ricci Arredi S.r.l.")]        // a thin letter lost
    [InlineData("Ricci Arredi S.r.1.", "Ricci Arredi S.r.l.")]       // read as a digit
    [InlineData("Ricci Arredi S.r.I.", "Ricci Arredi S.r.l.")]       // read as a capital I
    [InlineData("Atelier Morel S.A.'.L.", "Atelier Morel S.A.R.L.")] // a letter read as punctuation, capitals kept
    [InlineData("ATELIER MOREL S.A.R..", "ATELIER MOREL S.A.R.L.")]
    [InlineData("Bureau Lenoir Sar!", "Bureau Lenoir Sàrl")]          // an undotted form, its thin letter read as a stroke
    [InlineData("BUREAU LENOIR SAR1", "BUREAU LENOIR SARL")]
    public void A_dotted_form_one_slip_away_is_spelled_as_known(string name, string expected) =>
        Assert.Equal(expected, LegalForms.RepairDotted(name));

    [Theory]
    [InlineData("Ricci Arredi S.r.l.")]     // already a form
    [InlineData("Studio K.O.Y.")]            // initials, no form one slip away
    [InlineData("Ricci Arredi S.p.l.")]      // a letter read as another full letter: not a slip this repair takes
    [InlineData("Atelier Morel")]
    [InlineData("Bistro Le Bar!")]          // no form one thin letter away
    [InlineData("Atelier Morel Sarl")]      // read right
    public void Other_names_are_left_alone(string name) =>
        Assert.Null(LegalForms.RepairDotted(name));

    [Theory]
    [InlineData("Harbourside Books Pte.", "td.", "Harbourside Books Pte. Ltd.")]
    [InlineData("Taller El Faro S.A. de", "Cy.", "Taller El Faro S.A. de C.V.")]
    [InlineData("Taller El Faro S.A. de", "C.V.", "Taller El Faro S.A. de C.V.")]
    public void The_wrapped_half_of_a_form_is_completed(string name, string below, string expected) =>
        Assert.Equal(expected, LegalForms.CompleteWrapped(name, below));

    [Theory]
    [InlineData("Harbourside Books Pte.", "Tel 555")]     // digits: another line
    [InlineData("Harbourside Books Pte.", "Orchard")]     // not the form's rest
    [InlineData("Harbourside Books", "td.")]              // the name does not end with the form's first word
    public void Other_lines_below_are_not_a_wrapped_form(string name, string below) =>
        Assert.Null(LegalForms.CompleteWrapped(name, below));

    [Theory]
    [InlineData("KENANGA PRINTING SDN BIED", "KENANGA PRINTING SDN BHD")]      // H read as two letters, capitals kept
    [InlineData("Kenanga Printing Sdn Bnd", "Kenanga Printing Sdn Bhd")]
    [InlineData("Harbourside Books Pte. Lid.", "Harbourside Books Pte. Ltd.")]
    public void The_damaged_last_word_of_a_two_word_form_is_spelled_as_known(string name, string expected) =>
        Assert.Equal(expected, LegalForms.RepairLastWord(name));

    [Theory]
    [InlineData("Kenanga Printing Sdn Bhd")]   // read right
    [InlineData("Kenanga Printing Sq Bad")]    // both words damaged: not sure enough
    [InlineData("Kenanga Printing Sdn Kopi")]  // another first letter: another word
    [InlineData("Kenanga Printing Sdn B1D")]   // a digit: not this repair's
    [InlineData("SDN BIED")]                   // no name before the form
    [InlineData("Harbourside Books Pte. Limited")]
    public void Other_last_words_are_left_alone(string name) =>
        Assert.Null(LegalForms.RepairLastWord(name));

    [Fact]
    public void A_receipt_name_whose_form_OCR_damaged_is_the_vendor_with_its_form() =>
        Assert.Equal("KENANGA PRINTING SDN BHD", _extractor.Extract(InvoiceSamples.Page(
            "KENANGA PRINTING SDN BIED (123456-X)\nNO. 12, JALAN MERANTI 3,\n47100 PUCHONG, SELANGOR\nTEL: 03-8070 1234\nCASH RECEIPT\nTOTAL 12.50")).VendorName);

    [Theory]
    [InlineData("Céng ty CP Bảo Ngọc", "Công ty CP Bảo Ngọc")]          // ô read é
    [InlineData("ông ty TNHH Bảo Ngọc", "Công ty TNHH Bảo Ngọc")]        // first letter cut
    [InlineData("Cura hàng Bảo Ngọc", "Cửa hàng Bảo Ngọc")]
    [InlineData("Ctra hàng Bảo Ngọc", "Cửa hàng Bảo Ngọc")]
    [InlineData("Công ty CO philn Bảo Ngọc", "Công ty Cổ phần Bảo Ngọc")]
    [InlineData("CÉNG TY TNHH BẢO NGỌC", "CÔNG TY TNHH BẢO NGỌC")]        // capitals stay capitals
    [InlineData("Công Ty CP Bảo Ngọc", "Công Ty CP Bảo Ngọc")]          // read right: printed case kept
    [InlineData("Công ty CP Minh", "Công ty CP Minh")]                  // CP is not "Cổ" nor "TNHH"
    [InlineData("Công ty Cé phan Bảo Ngọc", "Công ty Cổ phần Bảo Ngọc")]   // the vowel of a two-letter word read as another
    [InlineData("Công ty C[] phn Bảo Ngọc", "Công ty Cổ phần Bảo Ngọc")]    // a bracket for the two-mark vowel, one vowel lost
    [InlineData("Công ty Cũ ph[In Bảo Ngọc", "Công ty Cổ phần Bảo Ngọc")]   // a bracket and its stroke are one vowel
    [InlineData("Công ty C[] Minh Bảo", "Công ty C[] Minh Bảo")]         // no "phần" after it: not the form
    [InlineData("Cura hàng", "Cura hàng")]                              // no name after the form
    [InlineData("Cora Hanson Ltd", "Cora Hanson Ltd")]                  // two words changed: not the form
    public void Opening_business_words_are_spelled_as_known(string name, string expected) =>
        Assert.Equal(expected, LegalForms.RepairLeading(name));

    [Fact]
    public void A_dotted_form_damaged_on_the_page_is_the_vendor_in_full() =>
        Assert.Equal("Ricci Arredi S.r.l.", _extractor.Extract(InvoiceSamples.Page("Ricci Arredi S.r..\nVia Garibaldi 7, 10122 Torino\nFattura n. 18")).VendorName);

    [Fact]
    public void A_form_wrapped_on_a_receipt_and_damaged_is_completed()
    {
        var pages = new LayoutPage { Width = 700, PageHeight = 1600 }
            .Line(60, (60, "Harbourside Books Pte."))
            .Line(120, (300, "td."))
            .Line(180, (80, "12 Orchard Road, Singapore"))
            .Line(260, (200, "SALES RECEIPT"))
            .Build();

        Assert.Equal("Harbourside Books Pte. Ltd.", _extractor.Extract(pages).VendorName);
    }

    [Fact]
    public void A_name_cut_at_the_left_edge_takes_its_letters_from_the_footer()
    {
        const string text = """
            apelería Soler S.L.
            Calle Mayor 10, 28013 Madrid
            Factura n.º F-2231
            Total 120,00 €
            Papelería Soler S.L. · CIF B12345678 · Calle Mayor 10
            """;

        Assert.Equal("Papelería Soler S.L.", _extractor.Extract(InvoiceSamples.Page(text)).VendorName);
    }

    [Fact]
    public void A_name_whose_first_word_ends_another_word_elsewhere_but_not_its_name_stays()
    {
        const string text = """
            Soler Hermanos S.L.
            Calle Mayor 10, 28013 Madrid
            Factura n.º F-2231
            Portasoler Madrid
            """;

        Assert.Equal("Soler Hermanos S.L.", _extractor.Extract(InvoiceSamples.Page(text)).VendorName);
    }

    [Fact]
    public void A_title_joined_to_a_header_label_is_not_the_vendor()
    {
        var pages = new LayoutPage()
            .Line(250, (200, "Warenrechnun g"), (1400, "Datum: 16. Sept. 2020"))
            .Line(420, (200, "Bäckerei Lindner KG"))
            .Line(500, (200, "Marktplatz 3, 1060 Wien"))
            .Build();

        Assert.Equal("Bäckerei Lindner KG", _extractor.Extract(pages).VendorName);
    }

    [Theory]
    [InlineData("TICKET DE COMPRA")]
    [InlineData("TICKET DE CAISSE")]
    [InlineData("DOCUMENTO COMMERCIALE")]
    [InlineData("CUPOM FISCAL")]
    [InlineData("FATURA-RECIBO")]
    public void Receipt_titles_are_headings_not_names(string title) =>
        Assert.Equal("Tienda Lozano SL", _extractor.Extract(InvoiceSamples.Page($"{title}\nTienda Lozano SL\nCalle Real 4, 41001 Sevilla")).VendorName);
}

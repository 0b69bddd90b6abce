namespace OcrAsync.Tests.Invoices;

/// <summary>
/// The issuer's company block in the footer as a vendor candidate (<see cref="FooterCompanyBlock"/>): invoices written
/// for these tests whose header names no company (a logo the OCR did not read), names and addresses invented.
/// </summary>
public sealed class FooterCompanyBlockTests
{
    /// <summary>A header without the seller's name: the title, the number, the customer's block, the item table.</summary>
    private const string Body = """
        RECHNUNG
        Rechnungsnummer: RE-2291
        Datum: 12.03.2024
        Kunde:
        Maria Keller
        Am Markt 3
        04109 Leipzig
        Pos Beschreibung Menge Preis Betrag
        1 Papier A4 2 4,50 9,00
        2 Ordner 3 2,10 6,30
        Zwischensumme 15,30
        MwSt 19% 2,91
        Gesamt 18,21
        Vielen Dank für Ihren Einkauf
        """;

    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("Lindenhof Papeterie GmbH · Gartenweg 4 · 10115 Berlin\nHRB 12345 · USt-IdNr. DE123456789", "Lindenhof Papeterie GmbH")] // one sender line
    [InlineData("Lindenhof Papeterie GmbH\nGartenweg 4, 10115 Berlin\nAmtsgericht Berlin HRB 12345", "Lindenhof Papeterie GmbH")] // name over its address
    [InlineData("Lindenhof Papeterie GmbH\nGeschäftsführer: Jan Roth · HRB 12345", "Lindenhof Papeterie GmbH")] // over its registration
    [InlineData("Lindenhof Papeterie B.V.\nTuinweg 4, 1012 AB, Zwolle", "Lindenhof Papeterie B.V.")] // a postal code and a comma before the place
    [InlineData("Lindenhof Papeterie B.V.\nTuinweg 4 · Zwolle\nE-mail: info@lindenhof.example\nKvK 12345678", "Lindenhof Papeterie B.V.")] // address, contact, then registration
    [InlineData("Lindenhof Papelaria Lda.\nAv. das Flores 12, 4000-064 Porto", "Lindenhof Papelaria Lda.")] // a Portuguese postal code
    [InlineData("Lindenhof Papelaria Ltda.\nCNPJ: 12.345.678/0001-90", "Lindenhof Papelaria Ltda.")] // a Brazilian company number
    public void A_company_block_in_the_footer_names_the_seller_when_the_header_names_none(string footer, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(Body + "\n" + footer)).VendorName);

    /// <summary>A short page: the title, the customer, a two-row item table and its total, fewer than twelve lines in all.</summary>
    private const string ShortBody = """
        RECHNUNG
        Kunde:
        Maria Keller
        Pos Beschreibung Menge Preis Betrag
        1 Papier A4 2 4,50 9,00
        2 Ordner 3 2,10 6,30
        Gesamt 15,30
        """;

    [Theory]
    [InlineData("Lindenhof Papeterie GmbH\nGartenweg 4, 10115 Berlin", "Lindenhof Papeterie GmbH")]
    [InlineData("Lindenhof Papeterie GmbH · Gartenweg 4 · 10115 Berlin", "Lindenhof Papeterie GmbH")]
    public void The_footer_block_of_a_short_page_is_past_its_header_once_the_item_table_came(string footer, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(ShortBody + "\n" + footer)).VendorName);

    [Fact]
    public void On_a_short_page_a_company_block_above_the_item_table_is_the_header_not_the_footer()
    {
        const string text = "Lindenhof Papeterie GmbH\nGartenweg 4, 10115 Berlin\nPos Beschreibung Menge Preis Betrag\n1 Papier A4 2 4,50 9,00\nGesamt 9,00";
        var lines = text.Split('\n').Select((t, i) => new InvoiceTextLine(t, TextFolding.LabelForm(t), 0.9, 1, null, i)).ToList();

        Assert.Empty(FooterCompanyBlock.Candidates(lines));
    }

    [Fact]
    public void A_total_labelled_invoice_total_right_above_the_block_is_no_customer_label()
    {
        const string text = """
            INVOICE
            Bill To:
            Maria Keller
            Description Qty Price Amount
            Paper A4 2 4.50 9.00
            Folders 3 2.10 6.30
            Invoice Total 15.30
            Lindenhof Stationery Ltd
            12 Garden Road, Leeds
            """;

        Assert.DoesNotMatch(InvoiceLabels.Customer(), "invoice total");
        Assert.Matches(InvoiceLabels.Customer(), "invoice to:");
        Assert.Equal("Lindenhof Stationery Ltd", _extractor.Extract(InvoiceSamples.Page(text)).VendorName);
    }

    [Theory]
    [InlineData("Công ty TNHH Lâm Viên\n45 Trần Hưng Đạo, Quận 1, TP. Hồ Chí Minh", "Công ty TNHH Lâm Viên")]
    [InlineData("Cửa hàng Lâm Viên\nMST: 0312345678", "Cửa hàng Lâm Viên")]
    public void A_name_opened_by_its_business_form_heads_a_footer_block(string footer, string expected)
    {
        var body = Body.Replace("Maria Keller", "Nguyễn Văn An", StringComparison.Ordinal);

        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(body + "\n" + footer)).VendorName);
    }

    [Fact]
    public void A_business_form_without_a_name_after_it_heads_no_footer_block() =>
        Assert.Null(_extractor.Extract(InvoiceSamples.Page(Body.Replace("Maria Keller", "Nguyễn Văn An", StringComparison.Ordinal) + "\nCông ty TNHH\nMST: 0312345678")).VendorName);

    [Theory]
    [InlineData("Bankverbindung: Hafenbank AG\nIBAN DE12 5001 0517 0648 4898 90")] // the seller's bank, on its label's line
    [InlineData("Nordlicht Kreditbank AG\nIBAN DE12 5001 0517 0648 4898 90 · BIC NOLADE21XXX")] // the bank's name alone
    [InlineData("Lieferadresse:\nSeeblick Montage GmbH\nUferstraße 9, 18055 Rostock")] // another party under its label
    [InlineData("Lindenhof Papeterie GmbH")] // a name with nothing after it is no company block
    public void A_bank_another_party_or_a_bare_name_in_the_footer_is_not_the_seller(string footer)
    {
        var vendor = _extractor.Extract(InvoiceSamples.Page(Body + "\n" + footer)).VendorName;

        Assert.DoesNotContain("AG", vendor ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("GmbH", vendor ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_company_named_in_the_header_outweighs_the_footer_block()
    {
        const string text = """
            Fabrikam Bürotechnik GmbH
            Hauptstraße 5, 10115 Berlin
            """ + "\n" + Body + "\n" + """
            Fabrikam Holding AG
            Seestraße 1, 8002 Zürich
            """;

        Assert.Equal("Fabrikam Bürotechnik GmbH", _extractor.Extract(InvoiceSamples.Page(text)).VendorName);
    }

    [Fact]
    public void On_a_page_with_boxes_the_footer_is_the_bottom_quarter()
    {
        var lines = Body.Split('\n').Select((text, i) => (Text: text, Y: 200 + (i * 60))).ToList();
        lines.Add(("Lindenhof Papeterie GmbH", 3300));
        lines.Add(("Gartenweg 4, 10115 Berlin", 3360));
        var page = new OcrPageResult(1, string.Join('\n', lines.Select(l => l.Text)), 0.9, 2480, 3508,
            lines.Select(l => new OcrLine(l.Text, 0.9, new BoundingBox(200, l.Y, 900, 30))).ToList());

        Assert.Equal("Lindenhof Papeterie GmbH", _extractor.Extract([page]).VendorName);
    }
}

namespace OcrAsync.Tests.Invoices;

/// <summary>Seller name rules, on texts and line layouts written for these tests.</summary>
public sealed class VendorNameTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    [Theory]
    [InlineData("Fabrikam Cloud Services Invoice\nInvoice Number: 42\nTotal 4.11", "Fabrikam Cloud Services")]
    [InlineData("Désignation Qté Prix unit. HT Montant HT\nGarage Dubois SAS\n5 place Bellecour, 69002 Lyon", "Garage Dubois SAS")]
    [InlineData("Mô tả SL Đơn giá Thành tiền\nCông ty CP Thành Đạt\n45 Trần Hưng Đạo, Hoàn Kiếm", "Công ty CP Thành Đạt")]
    [InlineData("Fabrikam AG - Hauptweg 12 - D-60311 Frankfurt\nContoso Ltd.\n1 Main Road\nRechnung", "Fabrikam AG")]
    [InlineData("Fibre Service Abonné\n75371 Paris Cedex 08\nFacture n°5620", "Fibre")]
    [InlineData("PAYMENT RECEIPT\nWoodgrove Hotels\nDate: 31/12/2017", "Woodgrove Hotels")]
    [InlineData("TRI CAHAYA SDN BHD (613204-P)\nCAHAYA MART BANDAR BARU\n7-11, Jalan Mawar 8/14", "TRI CAHAYA SDN BHD")]
    [InlineData("SEVEN LEAVES\nSEVEN LEAVES TEA CO. THE RIVERSIDE MALL\nL2.14, Second Floor", "SEVEN LEAVES TEA CO.")]
    [InlineData("SINARAN (KL) SDN. BHD. (p 7\nNo. 9, Jalan 4", "SINARAN (KL) SDN. BHD.")]
    [InlineData("CÔNG TY CỔ PHẦN AN BÌNH\nĐịa chỉ: 12 Lê Lợi", "CÔNG TY CỔ PHẦN AN BÌNH")]
    [InlineData("MR. K.O.¥. (M) SDN BHD\nLOT 77-B, JALAN MAWAR 2", "MR. K.O.Y. (M) SDN BHD")]
    [InlineData("12 HILL GROCER 5/B (402118-K)\nLOT 4.2, JALAN KENANGA", "12 HILL GROCER S/B")]
    [InlineData("Summit Cafe & Bakery Invoice Date Nov 19, 2021\n12 Harbour Road, Singapore 049317", "Summit Cafe & Bakery")]
    [InlineData("Blue Harbor Trading Payment due 20/02/2024\n7 King Street, Manchester", "Blue Harbor Trading")]
    [InlineData("-_ Lindqvist Design GmbH Order No: 4500215915", "Lindqvist Design GmbH")]
    [InlineData("Công ty CP Thành Đạt Số\n45 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội", "Công ty CP Thành Đạt")]
    [InlineData("Công ty CP Đông Á - HÓA ĐƠN BÁN HÀNG\nSố: 0001", "Công ty CP Đông Á")]
    [InlineData("Khách hàng:\nCông ty CP Sao Mai\nMô tả\nSổ tay\nCửa hàng Hòa Bình\n78 Nguyễn Văn Linh, Hải Châu, Đà Nẵng", "Cửa hàng Hòa Bình")]
    [InlineData("Café de la Gare S.A.R.L. FACTURE\n5 place Bellecour, 69002 Lyon", "Café de la Gare S.A.R.L.")]
    [InlineData("Rossi Forniture S.a.s.\nVia Roma 15, 20121 Milano", "Rossi Forniture S.a.s.")]
    [InlineData("Papelería Martínez S.A. de C.V.\nCalle Mayor 10, 28013 Madrid", "Papelería Martínez S.A. de C.V.")]
    [InlineData("Schneider Druck GmbH & Co. KG Tel.: 030 1234\nHauptstraße 5, 10115 Berlin", "Schneider Druck GmbH & Co. KG")]
    [InlineData("Schneider Druck UG (haftungsbeschränkt)\nHauptstraße 5, 10115 Berlin", "Schneider Druck UG (haftungsbeschränkt)")]
    [InlineData("RECHNUNG Fischer Bürobedarf GmbH & Co. KG\nHauptstraße 5, 10115 Berlin\nRe.-Nr. RE-2349", "Fischer Bürobedarf GmbH & Co. KG")]
    [InlineData("FACTURA SIMPLIFICADA Papelería Martínez S.A. de C.V.\nCalle Mayor 10, 28013 Madrid", "Papelería Martínez S.A. de C.V.")]
    [InlineData("Công ty Cổ phần Phương Nam\n123 Lê Lợi, Quận 1, TP. Hồ Chí Minh\nPHIẾU THANH TOÁN\nTrà sữa 167000 A", "Công ty Cổ phần Phương Nam")]
    [InlineData("Tổng cộng tiền thanh toán\nCửa hàng Sài Gòn Xanh\n45 Trần Hưng Đạo, Hoàn Kiếm", "Cửa hàng Sài Gòn Xanh")]
    [InlineData("Doc. n.º FT W/459\nNorthwind Traders\n12 Harbour Road, Leeds", "Northwind Traders")]
    [InlineData("Van Dijk Installatie V.0.F.\nStationsweg 5, 3511 AZ Utrecht", "Van Dijk Installatie V.O.F.")]
    [InlineData("Công ty CO philn Phuong Nam\n123 Lê Lợi, Quận 1", "Công ty Cổ phần Phuong Nam")]
    [InlineData("FACTU RA Papelería Martínez S.L.\nCalle Mayor 10, 28013 Madrid", "Papelería Martínez S.L.")]
    [InlineData("Rechnu ng Fischer Bürobedarf KG\nHauptstraße 5, 10115 Berlin", "Fischer Bürobedarf KG")]
    [InlineData("FATT URA\nNORD EST FORNITURE\nVia Roma 15, 20121 Milano", "NORD EST FORNITURE")]
    // The title OCR joined with the letterhead on its row: a compound title, a title with its number label.
    [InlineData("FATU RA-RECIBO Pereira Comércio Lda.\nRua Augusta 12, 1100-053 Lisboa", "Pereira Comércio Lda.")]
    [InlineData("FATTURA N. Bianchi Ufficio SRL\nVia Roma 15, 20121 Milano", "Bianchi Ufficio SRL")]
    [InlineData("Factura n.º Librería López SL\nCalle Mayor 10, 28013 Madrid", "Librería López SL")]
    [InlineData("TICKET DE CAISSE Boulangerie Martin SARL\n5 place Bellecour, 69002 Lyon", "Boulangerie Martin SARL")]
    [InlineData("Pereira & Filhos ME FATURA-RECIBO\nRua Augusta 12, 1100-053 Lisboa", "Pereira & Filhos ME")]
    [InlineData("Pereira & Filhos ME Fatura\nRua Augusta 12, 1100-053 Lisboa", "Pereira & Filhos ME")]
    [InlineData("Bianchi Ufficio Fattura\nVia Roma 15, 20121 Milano", "Bianchi Ufficio")]
    // "S/B" read as "5/8"; a digit of the registration number read as S or O.
    [InlineData("HILL GROCER 5/8 (40S218-K)\n12 Harbour Road, Leeds", "HILL GROCER S/B")]
    [InlineData("HILL GROCER S/B\n(4O2186-K)\n12 Harbour Road, Leeds", "HILL GROCER S/B")]
    public void Vendor_name_from_text(string text, string expected) =>
        Assert.Equal(expected, _extractor.Extract(InvoiceSamples.Page(text)).VendorName);

    [Fact]
    public void Bank_account_holder_is_the_seller_when_the_top_shows_the_customer()
    {
        const string text = """
            CONTOSO
            de Lattre Alexis
            27 rue Henri Rolland
            Facture n° 2022089083
            Total TTC : 56,02 €
            Virement BRED – Titulaire du compte : LITWARE
            """;

        Assert.Equal("LITWARE", _extractor.Extract(InvoiceSamples.Page(text)).VendorName);
    }

    [Fact]
    public void Account_holder_of_a_direct_debit_is_the_customer_not_the_seller()
    {
        const string text = """
            LITWARE SARL
            75371 Paris Cedex 08
            Facture n°562044387
            Avis de prélèvement automatique
            Titulaire du compte : Jean Dupont
            """;

        Assert.Equal("LITWARE SARL", _extractor.Extract(InvoiceSamples.Page(text)).VendorName);
    }

    [Fact]
    public void Labelled_seller_value_stops_at_the_next_label()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Sold By : Tailspin Retail Pvt. Ltd., Order ID: OD3041\nTotal 10.00"));

        Assert.Equal("Tailspin Retail Pvt. Ltd.", data.VendorName);
    }

    [Theory]
    [InlineData("Sold by: Tailspin Retail Pvt. Ltd.")]
    [InlineData("Bán bởi: Tailspin Retail Pvt. Ltd.")]
    [InlineData("Vendu par : Tailspin Retail Pvt. Ltd.")]
    [InlineData("Verkauft von: Tailspin Retail Pvt. Ltd.")]
    [InlineData("Verkauft durch: Tailspin Retail Pvt. Ltd.")]
    [InlineData("Vendido por: Tailspin Retail Pvt. Ltd.")]
    [InlineData("Venduto da: Tailspin Retail Pvt. Ltd.")]
    [InlineData("Verkocht door: Tailspin Retail Pvt. Ltd.")]
    public void A_marketplace_page_names_its_seller_after_a_sold_by_label(string soldBy)
    {
        // The marketplace's brand heads the page; the seller who issues the invoice is named after the label.
        var data = _extractor.Extract(InvoiceSamples.Page($"Northwind Market\n{soldBy}\nInvoice No: 4410\nTotal 10.00"));

        Assert.Equal("Tailspin Retail Pvt. Ltd.", data.VendorName);
    }

    [Theory]
    [InlineData("Payment received by Woodgrove Paid through Cash at Hotel (Rs 1939) Rs 1939", "Woodgrove")]
    [InlineData("Payment recieved by: Woodgrove Suites", "Woodgrove Suites")]
    [InlineData("Đơn vị thu tiền: Woodgrove", "Woodgrove")]
    [InlineData("Paiement reçu par Woodgrove Hôtels Espèces 120,00", "Woodgrove Hôtels")]
    [InlineData("Zahlung erhalten von Woodgrove Hotels Bar 120,00", "Woodgrove Hotels")]
    [InlineData("Zahlung empfangen von Woodgrove", "Woodgrove")]
    [InlineData("Pago recibido por Woodgrove Efectivo 120,00", "Woodgrove")]
    [InlineData("Pagamento ricevuto da Woodgrove Contanti 120,00", "Woodgrove")]
    [InlineData("Betaling ontvangen door Woodgrove Contant 120,00", "Woodgrove")]
    [InlineData("Pagamento recebido por Woodgrove Dinheiro 120,00", "Woodgrove")]
    public void Who_received_the_payment_is_the_seller_over_the_payee_of_the_bank_details(string receivedBy, string vendor)
    {
        // The receipt's trading name took the payment; the bank details name the legal company behind it.
        var text = $"PAYMENT RECEIPT\nGuest Name: Jan Kowalski\n{receivedBy}\nAll payments to be made in favour of\nWoodgrove Stays Pvt. Ltd.\nTotal 120.00";

        Assert.Equal(vendor, _extractor.Extract(InvoiceSamples.Page(text)).VendorName);
    }

    [Fact]
    public void A_payment_received_line_without_a_name_leaves_the_payee()
    {
        var text = "PAYMENT RECEIPT\nPayment received by Cash (Rs 120)\nAll payments to be made in favour of\nWoodgrove Stays Pvt. Ltd.\nTotal 120.00";

        Assert.Equal("Woodgrove Stays Pvt. Ltd.", _extractor.Extract(InvoiceSamples.Page(text)).VendorName);
    }

    [Fact]
    public void Customer_address_blocks_are_skipped()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("Factuuradres Afleveradres\nStrategic Corp bosd\nT.a.v. bosd\nFakestreet 46\nWingtip Toys\nKopie factuur"));

        Assert.Equal("Wingtip Toys", data.VendorName);
    }

    [Fact]
    public void Letterhead_is_the_name_that_opens_the_block_of_its_street_address()
    {
        var page = Layout(
            ("Global Wholesaler", 2007, 132, 400),
            ("Tailspin Interior", 123, 199, 300),
            ("4557 De Silva St", 123, 263, 300),
            ("Fremont CA 94538", 123, 327, 300),
            ("United States", 123, 391, 250),
            ("Invoice INV/2023/03/0008", 123, 875, 500));

        Assert.Equal("Tailspin Interior", _extractor.Extract(page).VendorName);
    }

    [Fact]
    public void Centred_receipt_name_above_its_registration_number_and_address_beats_a_logo_fragment()
    {
        var page = Layout(
            ("SEs", 1138, 1, 95),
            ("LIM HUAT STATIONERY & BOOKS", 321, 51, 715),
            ("(002218840-K)", 589, 109, 182),
            ("NO. 18, JALAN PASAR, 36000 TELUK", 387, 144, 586),
            ("SIMPLIFIED TAX INVOICE", 393, 322, 595));

        Assert.Equal("LIM HUAT STATIONERY & BOOKS", _extractor.Extract(page).VendorName);
    }

    [Fact]
    public void Owner_named_after_the_title_is_not_the_shop()
    {
        const string text = """
            CERIA STATIONERY SHOP
            NO. 12A, JALAN KENANGA
            47500 SUBANG
            TAX INVOICE
            Owned By:
            CERIA SUPPLY SDN BHD (2204815-T)
            CASH SALES COUNTER
            """;

        Assert.Equal("CERIA STATIONERY SHOP", _extractor.Extract(InvoiceSamples.Page(text)).VendorName);
    }

    [Fact]
    public void Seller_block_printed_right_of_the_customer_label_is_not_the_customer()
    {
        // OCR reads the customer's label (left column) before the seller's block printed at the top right.
        var page = Layout(
            ("FATTURA", 123, 60, 300),
            ("Cliente:", 123, 400, 200),
            ("Cartoleria Conti", 1700, 62, 600),
            ("Via Roma 15, 20121 Milano", 1600, 110, 700),
            ("Edilizia Ferrari", 123, 440, 400),
            ("Rif.: TK59535", 123, 600, 300));

        Assert.Equal("Cartoleria Conti", _extractor.Extract(page).VendorName);
    }

    [Theory]
    [InlineData("Spett.")]          // "Spett.le" with its ending lost
    [InlineData("Messrs.")]
    [InlineData("An:")]
    [InlineData("Aan:")]
    [InlineData("Sehr geehrte Frau Gallo,")]
    public void An_addressee_label_or_salutation_opens_the_customers_block(string label)
    {
        // A tax-summary page: title left, the seller's block right, the header fields, then the customer's block.
        var page = Layout(
            ("FATTURA", 123, 60, 300),
            ("Tipografia Bianchi", 1700, 62, 500),
            ("Via Verdi 3, 40121 Bologna", 1650, 100, 600),
            ("N. fattura: 2024/118", 123, 200, 400),
            ("Data: 12/03/2024", 123, 240, 400),
            (label, 123, 320, 200),
            ("Ferramenta Gallo S.r.l.", 123, 360, 500),
            ("Corso Italia 8, 10121 Torino", 123, 400, 600));

        Assert.Equal("Tipografia Bianchi", _extractor.Extract(page).VendorName);
    }

    [Theory]
    [InlineData("Berger Messebau KG")]
    [InlineData("Ferretería Gómez SL")]
    public void A_name_ending_in_an_undotted_legal_form_outweighs_a_title_rows_rest_printed_larger(string name)
    {
        // The letterhead with a header label OCR joined to it; the title's row has large text after the title.
        var page = new OcrPageResult(1, $"{name} Datum\nTel.: 089 123456\nRECHNUNG Fëllig am", 0.9, 2480, 3508,
        [
            new OcrLine($"{name} Datum", 0.9, new BoundingBox(212, 100, 1500, 40)),
            new OcrLine("Tel.: 089 123456", 0.9, new BoundingBox(212, 300, 500, 34)),
            new OcrLine("RECHNUNG Fëllig am", 0.9, new BoundingBox(212, 550, 1500, 62)),
            new OcrLine("Pos. 1 Wartung 2 530,50 1 061,00", 0.9, new BoundingBox(212, 800, 1500, 34)),
            new OcrLine("Gesamt 1 061,00", 0.9, new BoundingBox(212, 900, 1500, 34)),
        ]);

        Assert.Equal(name, _extractor.Extract([page]).VendorName);
    }

    [Fact]
    public void A_letterhead_above_a_street_line_of_the_label_languages_beats_a_line_above_it()
    {
        var page = Layout(
            ("Stampa e grafica dal 1980", 900, 40, 500),
            ("Tipografia Bianchi", 200, 80, 400),
            ("Via Verdi 3", 200, 120, 250),
            ("40121 Bologna", 200, 160, 300),
            ("Fattura n. 2024/118", 200, 300, 400));

        Assert.Equal("Tipografia Bianchi", _extractor.Extract(page).VendorName);
    }

    [Fact]
    public void A_dotted_form_with_a_zero_on_the_line_under_a_centred_name_is_kept()
    {
        var page = Layout(
            ("Van Loon Installatie", 300, 60, 400),
            ("V.0.F.", 440, 100, 120),
            ("Kerkstraat 5, 2000 Antwerpen", 250, 140, 500),
            ("KWITANTIE", 400, 220, 200));

        Assert.Equal("Van Loon Installatie V.O.F.", _extractor.Extract(page).VendorName);
    }

    [Fact]
    public void A_registration_line_under_a_centred_name_is_not_its_form()
    {
        var page = Layout(
            ("KEDAI RUNCIT CAHAYA (M) SDN BHD", 250, 60, 500),
            ("(CO.REG :123456-A)", 330, 100, 340),
            ("LOT 12, JALAN MAWAR 2, 81300 SKUDAI", 200, 140, 600),
            ("TAX INVOICE", 400, 220, 200));

        Assert.Equal("KEDAI RUNCIT CAHAYA (M) SDN BHD", _extractor.Extract(page).VendorName);
    }

    [Fact]
    public void Letterhead_read_as_two_lines_on_one_row_is_one_name()
    {
        var page = Layout(
            ("Smit", 1164, 200, 150),
            ("Smit Kantoorartikelen V.O.F. - Oudegracht 150, 3511 AZ Utrecht", 213, 519, 930),
            ("Kantoorartikelen V.O.F.", 1364, 202, 900),
            ("Factuur nr. F90440", 1449, 603, 832));

        Assert.Equal("Smit Kantoorartikelen V.O.F.", _extractor.Extract(page).VendorName);
    }

    [Fact]
    public void Legal_form_wrapped_to_the_next_line_is_kept()
    {
        var page = Layout(
            ("Contoso Office Supply Pte.", 200, 60, 500),
            ("Ltd.", 200, 100, 80),
            ("12 Harbour Road, Singapore", 200, 140, 500),
            ("Receipt # 4-244688", 200, 300, 400));

        Assert.Equal("Contoso Office Supply Pte. Ltd.", _extractor.Extract(page).VendorName);
    }

    [Fact]
    public void Second_word_of_a_legal_form_wrapped_wider_than_the_name_is_kept()
    {
        // Centred: the rest of the form is wider than the name's line, so it does not lie within it.
        var page = Layout(
            ("Kaiser Technik UG", 330, 60, 340),
            ("(haftungsbeschrankt)", 280, 100, 440),
            ("Hauptstraße 5, 10115 Berlin", 250, 140, 500),
            ("BELEG", 450, 220, 100));

        Assert.Equal("Kaiser Technik UG (haftungsbeschränkt)", _extractor.Extract(page).VendorName);
    }

    [Theory]
    [InlineData("12 Harbour Road, Leeds")] // the street address follows
    [InlineData("(4021866-K)")] // the registration number follows
    public void Rest_of_a_name_without_legal_form_wrapped_above_the_address_is_kept(string after)
    {
        var page = Layout(
            ("Cửa hàng Hoa Sen", 320, 60, 360),
            ("Bến Thành", 400, 100, 200),
            (after, 250, 140, 500),
            ("HÓA ĐƠN", 420, 220, 160));

        Assert.Equal("Cửa hàng Hoa Sen Bến Thành", _extractor.Extract(page).VendorName);
    }

    [Theory]
    [InlineData(48, true)] // accents and descenders make the name's box taller than the rest's
    [InlineData(60, false)] // twice the rest's height: another text
    public void The_rest_of_a_wrapped_name_is_text_of_about_its_height(int nameHeight, bool joined)
    {
        var page = new OcrPageResult(1, "", 0.9, 2480, 3508,
        [
            new OcrLine("Cửa hàng Hoa Sen", 0.9, new BoundingBox(320, 60, 360, nameHeight)),
            new OcrLine("Bến Thành", 0.9, new BoundingBox(400, 120, 200, 30)),
            new OcrLine("12 Harbour Road, Leeds", 0.9, new BoundingBox(250, 160, 500, 30)),
            new OcrLine("HÓA ĐƠN", 0.9, new BoundingBox(420, 240, 160, 30)),
        ]);

        Assert.Equal(joined ? "Cửa hàng Hoa Sen Bến Thành" : "Cửa hàng Hoa Sen", _extractor.Extract([page]).VendorName);
    }

    [Theory]
    [InlineData("Northwind Traders Ltd", "Harbour Branch")] // the name ended with its legal form
    [InlineData("Northwind Traders", "Open daily 8-22")] // a line with digits is no name
    public void A_line_under_a_whole_name_is_not_its_rest(string name, string below)
    {
        var page = Layout(
            (name, 320, 60, 360),
            (below, 370, 100, 260),
            ("12 Harbour Road, Leeds", 250, 140, 500),
            ("RECEIPT", 420, 220, 160));

        Assert.Equal(name, _extractor.Extract(page).VendorName);
    }

    [Fact]
    public void A_logo_read_as_signs_above_the_name_does_not_take_the_name_as_its_rest()
    {
        var page = Layout(
            ("9. ~oloir", 380, 60, 240),
            ("KEDAI HOA SEN", 340, 100, 320),
            ("12 Harbour Road, Leeds", 250, 140, 500),
            ("RECEIPT", 420, 220, 160));

        Assert.NotEqual("9. ~oloir KEDAI HOA SEN", _extractor.Extract(page).VendorName);
    }

    [Fact]
    public void A_line_under_a_name_that_no_address_follows_is_not_its_rest()
    {
        var page = Layout(
            ("Northwind Traders", 320, 60, 360),
            ("Harbour Branch", 370, 100, 260),
            ("RECEIPT", 420, 180, 160),
            ("12 Harbour Road, Leeds", 250, 220, 500));

        Assert.Equal("Northwind Traders", _extractor.Extract(page).VendorName);
    }

    [Theory]
    [InlineData("btw (hoog) 21% 4,12")]
    [InlineData("MwSt. 19 % 3,80")]
    [InlineData("IVA 22% 5,10")]
    public void A_tax_line_read_where_the_name_was_lost_is_not_the_vendor(string tax)
    {
        var page = Layout(
            (tax, 300, 60, 400),
            ("12 Harbour Road, Leeds", 250, 100, 500),
            ("RECEIPT", 420, 180, 160));

        Assert.Null(_extractor.Extract(page).VendorName);
    }

    [Fact]
    public void A_legal_form_alone_on_the_name_row_ends_the_name()
    {
        var page = Layout(
            ("Becker Werkzeuge", 128, 155, 440),
            ("AG", 600, 155, 47),
            ("Hauptstraße 5, 10115 Berlin", 127, 222, 476),
            ("Rechnung", 126, 376, 300));

        Assert.Equal("Becker Werkzeuge AG", _extractor.Extract(page).VendorName);
    }

    [Fact]
    public void The_rest_of_a_name_row_read_after_the_left_column_is_joined()
    {
        // OCR read the receipt's left column to its end before the right one: the letterhead's second half comes last.
        var left = new (string, int, int, int)[]
        {
            ("Cửa hàng Hoa", 150, 73, 380),
            ("9 Hùng Vương, Ninh Kiều", 139, 147, 372),
            ("PHIẾU THANH TOÁN", 284, 278, 248),
            ("Ngày HD:", 59, 345, 158),
            ("Số:", 59, 404, 53),
            ("Mặt hàng", 58, 519, 164),
            ("Bút bi xanh", 60, 632, 225),
            ("Bìa hồ sơ", 60, 690, 186),
            ("Đèn bàn", 57, 802, 144),
            ("Thanh tiền", 58, 919, 206),
            ("Tiền thuế GTGT", 57, 977, 294),
            ("Tổng cộng", 58, 1082, 230),
        };
        var page = Layout([.. left, ("Sen Vàng", 593, 73, 201), ("11.11.2022", 682, 347, 203)]);

        Assert.Equal("Cửa hàng Hoa Sen Vàng", _extractor.Extract(page).VendorName);
    }

    private static IReadOnlyList<OcrPageResult> Layout(params (string Text, int X, int Y, int Width)[] lines) =>
        [new OcrPageResult(1, string.Join('\n', lines.Select(l => l.Text)), 0.9, 2480, 3508,
            lines.Select(l => new OcrLine(l.Text, 0.9, new BoundingBox(l.X, l.Y, l.Width, 30))).ToList())];
}

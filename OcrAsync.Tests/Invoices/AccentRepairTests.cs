namespace OcrAsync.Tests.Invoices;

/// <summary>Accents put back from a second read of the vendor line; texts written for these tests.</summary>
public sealed class AccentRepairTests
{
    [Theory]
    [InlineData("Muller Haustechnik GmbH", "Müller Haustechnik GmbH", "Müller Haustechnik GmbH")]
    [InlineData("Caffe Galli S.r.L.", "Caffè Galli S.r.l.", "Caffè Galli S.r.l.")]
    [InlineData("Công ty CP Dong A", "Công ty CP Đông Á", "Công ty CP Đông Á")]
    // Only the words of the name, from a line that also holds the title; "CV," is spelled otherwise and stays as read.
    [InlineData("Papeleria Martinez S.A. de C.V.", "FACTURA SIMPLIFICADA Papelería Martínez S.A. de CV,", "Papelería Martínez S.A. de C.V.")]
    // A word the second read spells with other letters keeps the first read; the others still get their accents.
    [InlineData("Backerei Hoffmann AG", "Bäkerei Höffmann AG", "Backerei Höffmann AG")]
    // A bracket where the first read lost a vowel with two marks takes the second read's word with one vowel there.
    [InlineData("Cửa hàng Việt Ti[in", "Cửa hàng Việt Tiến", "Cửa hàng Việt Tiến")]
    [InlineData("Tr[]n Gia Phát", "Trần Gia Phát", "Trần Gia Phát")]
    public void Words_spelled_alike_take_the_second_reads_accents(string value, string reread, string expected) =>
        Assert.Equal(expected, AccentRepair.Restore(value, reread));

    [Theory]
    [InlineData("Fischer Bürobedarf AG", "Fischer Bürobedarf AG")] // read the same: nothing to change
    [InlineData("Schne1‹ Druck GmbH", "Schneid: Druck GmbH")] // other letters only
    [InlineData("Cửa hàng Việt Ti[in", "Cửa hàng Việt Tran")] // other letters around the bracket
    [InlineData("Garage Dubois Sarl", "")]
    [InlineData("", "Garage Dubois Sàrl")]
    // The second read lost marks the first read had (or a repair put back): never fewer marks than before.
    [InlineData("Cửa hàng Minh Phát", "Cua hang Minh Phat")]
    [InlineData("Công ty TNHH Đông Hải", "Cong ty TNHH Dong Hai")]
    [InlineData("Müller Bäckerei GmbH", "Muller Backerei GmbH")]
    public void Nothing_changes_when_the_second_read_adds_no_accent(string value, string reread) =>
        Assert.Null(AccentRepair.Restore(value, reread));

    [Fact]
    public void A_word_with_fewer_marks_is_left_and_the_others_still_change() =>
        Assert.Equal("Cửa hàng Đông Á", AccentRepair.Restore("Cửa hàng Dong A", "Cua hàng Đông Á"));

    [Theory]
    // Marks the first read lost come back; a word the first read already marked keeps its marks, right or wrong.
    [InlineData("Cửa hàng Phuong Nam", "Cửa hàng Phương Nam", "Cửa hàng Phương Nam")]
    [InlineData("Công ty CP Hoa Binh", "Công ty.CP Hòa Bình", "Công ty CP Hòa Bình")]
    [InlineData("Cửa hàng Động Á", "Cửa hàng Đông Á", null)]
    [InlineData("Rodrigues Informática Lda.", "Rodrigues Informatica Lda.", null)]
    public void Only_lost_marks_come_back_from_a_read_not_made_for_accents(string value, string reread, string? expected) =>
        Assert.Equal(expected, AccentRepair.Restore(value, reread, lostOnly: true));

    [Fact]
    public void Words_are_matched_in_reading_order()
    {
        // "Müller" is printed twice on the second read; the name's second word must come after its first.
        Assert.Equal("Bäcker Müller", AccentRepair.Restore("Backer Muller", "Müller Bäcker Müller"));
    }

    [Theory]
    [InlineData("Công ty Cổ phần Thành Đạt\nSố hóa đơn: 0001", AccentRepair.VietnameseModel)]
    [InlineData("Fischer Bürobedarf GmbH\nRechnung Nr. 4711", AccentRepair.LatinModel)]
    [InlineData("Cong ty Co phan Thanh Dat", AccentRepair.LatinModel)] // no Vietnamese letter was read
    public void The_second_read_uses_vie_on_Vietnamese_pages_and_the_Latin_model_elsewhere(string pageText, string model) =>
        Assert.Equal(model, AccentRepair.ModelFor(pageText));

    private const string EnglishPage = "INVOICE\nInvoice No: INV-2024-117\nInvoice Date: 14/03/2024\nBill to: Harbour Lane Studio\nSubtotal 100.00\nTotal Due 120.00";
    private const string GermanPage = "RECHNUNG\nRechnungsnummer: 2024-117\nRechnungsdatum: 14.03.2024\nZwischensumme 100,00\nGesamtbetrag 119,00";
    private const string VietnamesePage = "HÓA ĐƠN GIÁ TRỊ GIA TĂNG\nSố HĐ: 00117\nNgày 14 tháng 3 năm 2024\nTổng cộng 1.200.000";

    [Theory]
    [InlineData("Brightwater Supplies Ltd", EnglishPage)]
    [InlineData("Harlow Office Goods Pte. Ltd.", EnglishPage)]
    [InlineData("Kestrel Analytics Inc.", EnglishPage)]
    [InlineData("Tanjung Paper Sdn Bhd", EnglishPage)]
    [InlineData("2024-117", GermanPage)] // no letter to repair
    public void An_english_company_on_an_english_only_page_is_not_read_again(string vendor, string page) =>
        Assert.False(AccentRepair.MayRestore(vendor, page));

    [Theory]
    [InlineData("Keller Werkzeugbau GmbH", EnglishPage)] // a German company's invoice in English: its umlauts may be lost
    [InlineData("Atelier Brunet", EnglishPage)] // no legal form: nothing says the name is plain ASCII
    [InlineData("Keller Werkzeugbau GmbH", GermanPage)]
    [InlineData("Brightwater Supplies Ltd", GermanPage)] // an English legal form on a German page
    [InlineData("Brightwater Supplies Ltd", EnglishPage + "\nMontant TTC 120,00")] // a French label too
    [InlineData("Cong ty TNHH Hoa Sen", VietnamesePage)]
    [InlineData("Hoa Sen Trading Ltd", VietnamesePage + "\n" + EnglishPage)] // Vietnamese letters: the vie model reads it again
    public void A_name_whose_letters_the_first_read_may_have_lost_is_read_again(string vendor, string page) =>
        Assert.True(AccentRepair.MayRestore(vendor, page));

    [Fact]
    public void A_page_with_no_english_only_label_is_read_again() =>
        Assert.True(AccentRepair.MayRestore("Brightwater Supplies Ltd", "Subtotal 100.00\nTotal 120.00"));
}

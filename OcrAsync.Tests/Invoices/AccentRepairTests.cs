using OcrAsync.Core.Invoices;

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
    public void Words_spelled_alike_take_the_second_reads_accents(string value, string reread, string expected) =>
        Assert.Equal(expected, AccentRepair.Restore(value, reread));

    [Theory]
    [InlineData("Fischer Bürobedarf AG", "Fischer Bürobedarf AG")] // read the same: nothing to change
    [InlineData("Schne1‹ Druck GmbH", "Schneid: Druck GmbH")] // other letters only
    [InlineData("Garage Dubois Sarl", "")]
    [InlineData("", "Garage Dubois Sàrl")]
    public void Nothing_changes_when_the_second_read_adds_no_accent(string value, string reread) =>
        Assert.Null(AccentRepair.Restore(value, reread));

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
}

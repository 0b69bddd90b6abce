using OcrAsync.Core.Templates.Learning;

namespace OcrAsync.Tests.Templates;

/// <summary>Learning a vendor from one corrected invoice, on pages read by the real engine.</summary>
public sealed class LearnedTemplateTests(TesseractEngineFixture fixture) : IClassFixture<TesseractEngineFixture>
{
    private const string Vendor = "Quillfeather Stationers";
    private static readonly InvoiceFieldExtractor Extractor = new();

    private OcrPageResult Read(OddLayoutInvoice invoice) =>
        fixture.Engine.Recognize(OddLayoutInvoiceRenderer.RenderPng(invoice), 1, CancellationToken.None);

    private static Dictionary<string, string?> Truth(OddLayoutInvoice invoice) => new()
    {
        ["invoice_number"] = invoice.Voucher,
        ["date"] = invoice.RaisedIso,
        ["total_amount"] = invoice.Payable.ToString(CultureInfo.InvariantCulture),
        ["vendor_name"] = Vendor,
    };

    private static int Right(InvoiceData data, OddLayoutInvoice invoice) =>
        (data.InvoiceNumber == invoice.Voucher ? 1 : 0) + (data.Date == invoice.RaisedIso ? 1 : 0)
        + (data.TotalAmount == invoice.Payable ? 1 : 0) + (data.VendorName == Vendor ? 1 : 0);

    [Fact]
    public void One_correction_teaches_the_vendor_and_later_invoices_are_read_right()
    {
        var first = OddLayoutInvoice.Sample(Vendor, 0);
        var page = Read(first);
        var generic = Extractor.Extract([page]);
        Assert.True(Right(generic, first) < 4, $"the generic extractor should misread this layout: {generic}");

        var outcome = TemplateLearner.Learn([page], Truth(first), generic.VendorName, null, "job-1", DateTimeOffset.UnixEpoch);
        Assert.Empty(outcome.FieldsNotFound);
        Assert.Equal(TemplateSources.Learned, outcome.Template.Source);
        Assert.Equal([Vendor], outcome.Template.Keywords);
        Assert.Equal("dd MMM yyyy", outcome.Template.Learned!.DateFormat);
        Assert.Equal(",", outcome.Template.Learned.DecimalSeparator);
        Assert.Equal(AnchorDirections.Below, outcome.Template.Learned.Fields["invoice_number"].Anchors[0].Direction);

        var learned = outcome.Template with { Id = "t1" };
        for (var n = 1; n <= 3; n++)
        {
            var next = OddLayoutInvoice.Sample(Vendor, n);
            var nextPage = Read(next);
            var data = Extractor.Extract([nextPage], templates: new TemplateChoice(null, [learned]));
            Assert.Equal(next.Voucher, data.InvoiceNumber);
            Assert.Equal(next.RaisedIso, data.Date);
            Assert.Equal(next.Payable, data.TotalAmount);
            Assert.Equal(Vendor, data.VendorName);
            Assert.Equal("t1", data.Template?.Id);
        }
    }

    [Fact]
    public void A_learned_template_is_not_used_for_another_vendor()
    {
        var first = OddLayoutInvoice.Sample(Vendor, 0);
        var learned = TemplateLearner.Learn([Read(first)], Truth(first), null, null, "job-1", DateTimeOffset.UnixEpoch).Template;

        var other = OddLayoutInvoice.Sample("Brightwater Supplies", 1);
        var data = Extractor.Extract([Read(other)], templates: new TemplateChoice(null, [learned]));

        Assert.Null(data.Template);
        Assert.NotEqual(Vendor, data.VendorName);
    }
}

using OcrAsync.Tests.Ocr.Preprocessing;
using static OcrAsync.Tests.Processing.ScriptedLines;

namespace OcrAsync.Tests.Processing;

/// <summary>
/// The closer read of a missing key field's label region (<see cref="KeyFieldRegions"/>, run by
/// <see cref="Core.Processing.KeyFieldReread"/>): where the region is, when it is read, and how its read reaches the extractor.
/// </summary>
public sealed class KeyFieldRegionsTests
{
    private const int PageWidth = 1700;
    private static readonly byte[] Image = ReceiptImages.Clean(textPixels: 12); // any decodable page: the recognizer is scripted

    private static readonly OcrLine Vendor = Line("NORTHWIND SUPPLIES LTD", 100, 100);
    private static readonly OcrLine Total = Line("TOTAL 5.60", 100, 800);

    [Fact]
    public async Task A_number_the_first_read_lost_beside_its_label_on_a_clean_page_is_read_in_the_labels_region()
    {
        var page = Page(PageKind.CleanRender, Vendor, Line("Invoice No:", 100, 300), Line("Date: 12/03/2024", 100, 360), Total);
        var recognizer = new ScriptedRereadRecognizer(page, null, r => Block(r.Box, Line("Invoice No: INV-4471", 100, 300), Line("Date: 12/03/2024", 100, 360)));
        var withoutRegionRead = await PipelineFactory.Create(new ScriptedRereadRecognizer(page, null)).RunAsync(Image, 0.7, null, CancellationToken.None);

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Null(withoutRegionRead.Invoice.InvoiceNumber);
        Assert.Equal("INV-4471", result.Invoice.InvoiceNumber);
        Assert.DoesNotContain("invoice_number missing", result.Invoice.ReviewReasons);
        Assert.Equal(withoutRegionRead.Invoice.Fields["date"], result.Invoice.Fields["date"]); // found by the first read: kept
        Assert.Equal(0, recognizer.SecondReads); // a clean render gets no whole second read
        var region = Assert.Single(recognizer.RegionReads);
        Assert.True(region.Block);
        Assert.Equal(40, region.LineHeight); // scaled by the label's text height, not the region's
        Assert.Equal(new BoundingBox(80, 280, PageWidth - 80, 340 + 100 - 280), region.Box); // from the label to the right edge, 2.5 lines under it
    }

    [Fact]
    public async Task A_date_stacked_under_its_label_is_parted_from_it_as_its_own_row_and_found_below_the_label()
    {
        var page = Page(PageKind.CleanRender, Vendor, Line("Invoice No: INV-4471", 100, 300), Line("Invoice Date", 100, 420), Total);
        var recognizer = new ScriptedRereadRecognizer(page, null, r => Block(r.Box, Line("Invoice Date", 100, 420), Line("12/03/2024", 100, 475)));

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal("2024-03-12", result.Invoice.Date);
        Assert.Equal(new BoundingBox(100, 475, 10 * CharWidth, 40), result.Invoice.Fields["date"].Bbox);
        Assert.Equal("INV-4471", result.Invoice.InvoiceNumber);
    }

    [Fact]
    public async Task A_receipt_field_the_whole_second_read_did_not_give_either_is_read_in_its_labels_region()
    {
        var lost = Page(PageKind.Photo, Vendor, Line("Receipt No: 40117", 30, 300), Line("Date:", 30, 360), Total) with { Width = 600 };
        var again = lost with { Lines = [Vendor, Line("Receipt No: 40117", 30, 300), Line("Date: l2/O3", 30, 360), Total] };
        var recognizer = new ScriptedRereadRecognizer(lost, again, r => Block(r.Box, Line("Date: 12/03/2024", 30, 360)));

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal(1, recognizer.SecondReads);
        Assert.Single(recognizer.RegionReads);
        Assert.Equal("2024-03-12", result.Invoice.Date);
    }

    [Fact]
    public async Task A_page_with_every_key_field_gets_no_region_read()
    {
        var page = Page(PageKind.CleanRender, Vendor, Line("Invoice No: INV-4471", 100, 300), Line("Date: 12/03/2024", 100, 360), Total);
        var recognizer = new ScriptedRereadRecognizer(page, null, r => Block(r.Box, Line("Invoice No: INV-9999", 100, 300)));

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.99, null, CancellationToken.None);

        Assert.Empty(recognizer.RegionReads);
        Assert.Equal("INV-4471", result.Invoice.InvoiceNumber);
    }

    [Fact]
    public void The_region_starts_at_the_labels_word_and_the_words_of_the_line_left_of_it_stay_in_the_page()
    {
        var line = Line("Phone: 555-0100 Invoice No:", 100, 300);
        var page = Page(PageKind.CleanRender, Vendor, line, Total);
        var labelX = line.Words[2].Box.X;

        var region = Assert.Single(KeyFieldRegions.For(page, ["invoice_number"]));
        var merged = KeyFieldRegions.Merge(page, [(region.Box, Block(region.Box, Line("Invoice No: INV-4471", labelX, 300)))]);

        Assert.Equal(labelX - 20, region.Box.X);
        Assert.Equal(["NORTHWIND SUPPLIES LTD", "Phone: 555-0100", "Invoice No: INV-4471", "TOTAL 5.60"], merged.Lines.Select(l => l.Text));
        Assert.Equal(line.Words.Take(2), merged.Lines[1].Words);
    }

    [Fact]
    public void The_words_of_a_block_read_are_parted_into_rows_each_read_left_to_right()
    {
        var label = Line("Invoice Date", 100, 420);
        var value = Line("12/03/2024", 100, 475);
        var shuffled = new OcrLine("x", 0.9, new BoundingBox(0, 0, 1, 1)) { Words = [value.Words[0], label.Words[1], label.Words[0]] };

        var rows = KeyFieldRegions.Rows(shuffled);

        Assert.Equal(["Invoice Date", "12/03/2024"], rows.Select(r => r.Text));
        Assert.Equal(label.Box, rows[0].Box);
    }

    [Fact]
    public void Only_the_total_labels_nearest_the_end_are_read_and_overlapping_regions_once()
    {
        var page = Page(PageKind.CleanRender, Vendor, Line("Total", 100, 600), Line("Total", 100, 700), Line("Total", 100, 900), Line("Total", 100, 930));

        var regions = KeyFieldRegions.For(page, ["total_amount"]);

        Assert.Equal([900 - 20], regions.Select(r => r.Box.Y)); // the last two labels overlap: one region, from the first of them
    }

    [Fact]
    public async Task A_number_only_guessed_from_an_unlabelled_code_is_read_again_and_a_labelled_one_replaces_it()
    {
        // The number's value was lost beside its label: the first read takes an unlabelled code instead.
        var page = Page(PageKind.CleanRender, Vendor, Line("FA-2024/77", 100, 200), Line("Invoice No:", 100, 500), Line("Date: 12/03/2024", 100, 800), Total);
        var recognizer = new ScriptedRereadRecognizer(page, null, r => r.Box.Y < 500 && r.Box.Bottom > 500 ? Block(r.Box, Line("Invoice No: 8841-20571", 100, 500)) : null);
        var withoutRegionRead = await PipelineFactory.Create(new ScriptedRereadRecognizer(page, null)).RunAsync(Image, 0.7, null, CancellationToken.None);

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal("FA-2024/77", withoutRegionRead.Invoice.InvoiceNumber);
        Assert.True(withoutRegionRead.Invoice.Fields["invoice_number"].Guessed);
        Assert.Single(recognizer.RegionReads); // the label's region
        Assert.Equal("8841-20571", result.Invoice.InvoiceNumber);
        Assert.False(result.Invoice.Fields["invoice_number"].Guessed);
    }

    [Theory]
    [InlineData(PageKind.Photo, SecondReads.InkExponent)] // a receipt's faded thermal print is read darkened
    [InlineData(PageKind.CleanRender, 1)]
    public void A_photo_pages_regions_are_read_darkened(PageKind kind, double exponent)
    {
        var page = Page(kind, Vendor, Line("Invoice No:", 100, 300), Total);

        Assert.Equal(exponent, Assert.Single(KeyFieldRegions.For(page, ["invoice_number"])).InkExponent);
    }

    [Theory]
    [InlineData("invoice_number", "Invoice No:", true)]
    [InlineData("invoice_number", "N.°: 263707", true)] // OCR's degree sign for the ordinal of "N.º"
    [InlineData("date", "Invoice Date", true)]
    [InlineData("date", "Due Date", false)]
    [InlineData("date", "Order date", false)]
    [InlineData("total_amount", "Total", true)]
    [InlineData("total_amount", "Subtotal", false)]
    [InlineData("total_amount", "Tax total", false)]
    public void A_region_is_read_only_for_a_label_of_the_missing_field(string field, string text, bool expected) =>
        Assert.Equal(expected, KeyFieldRegions.IsLabel(field, TextFolding.LabelForm(text)));

    private static OcrPageResult Page(PageKind kind, params OcrLine[] lines) =>
        new(1, string.Join('\n', lines.Select(l => l.Text)), 0.9, PageWidth, 2200, lines) { Kind = kind };
}

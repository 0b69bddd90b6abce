using OcrAsync.Tests.Ocr.Preprocessing;
using static OcrAsync.Tests.Processing.ScriptedLines;

namespace OcrAsync.Tests.Processing;

/// <summary>
/// The closer read of a found number's or date's own words on a till receipt (<see cref="Core.Processing.KeyValueReread"/>):
/// which reads are asked for, and which values of theirs are taken.
/// </summary>
public sealed class KeyValueRereadTests
{
    private const int ReceiptWidth = 600;
    private static readonly byte[] Image = ReceiptImages.Clean(textPixels: 12); // any decodable page: the recognizer is scripted

    private static readonly OcrLine Vendor = Line("HARBOUR DELI LTD", 30, 100);
    private static readonly OcrLine Total = Line("TOTAL 5.60", 30, 800);

    [Theory]
    [InlineData("3190", "31905", "31905")]          // the end the first read lost
    [InlineData("7217940", "R7217940", "R7217940")] // the head (its R was read as a sign and dropped)
    [InlineData("3190", "3790", "3190")]            // spelled otherwise: as often wrong as right, kept
    [InlineData("3190", "831905", "3190")]          // longer on both sides: specks beside it, kept
    public async Task A_receipt_number_is_taken_from_its_closer_read_only_when_that_continues_it(string first, string closer, string expected)
    {
        var page = Receipt(Vendor, Line("Receipt No: " + first, 30, 300), Line("Date: 12/03/2024", 30, 360), Total);
        var recognizer = new ScriptedRereadRecognizer(page, null, lines: r => Answer(r, 300, closer));

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal(expected, result.Invoice.InvoiceNumber);
        Assert.Equal("2024-03-12", result.Invoice.Date);
        var read = Assert.Single(recognizer.LineReads, r => r.Box.Y == 300);
        Assert.Equal(40, read.LineHeight);
        Assert.Equal(254, read.Box.X); // from the value's own word (the label's end is the left bound) ...
        Assert.Equal(254 + (first.Length * CharWidth) + 60, read.Box.Right); // ... to 1.5 text heights past its end
    }

    [Fact]
    public async Task A_date_whose_day_the_first_read_cut_is_completed_by_its_closer_read()
    {
        var page = Receipt(Vendor, Line("Receipt No: 40117", 30, 300), Line("Date: 2024.07.1", 30, 360), Total);
        var recognizer = new ScriptedRereadRecognizer(page, null, lines: r => Answer(r, 360, "2024.07.11"));

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal("2024-07-11", result.Invoice.Date);
        Assert.Equal("40117", result.Invoice.InvoiceNumber);
    }

    [Fact]
    public async Task A_closer_read_standing_much_taller_than_the_value_is_a_rule_read_as_a_letter_and_not_taken()
    {
        var page = Receipt(Vendor, Line("Receipt No: 879682", 30, 300), Line("Date: 12/03/2024", 30, 360), Total);
        var recognizer = new ScriptedRereadRecognizer(page, null, lines: r => Answer(r, 300, "1879682", height: 68));

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal("879682", result.Invoice.InvoiceNumber);
    }

    [Fact]
    public async Task A_page_the_engine_would_not_read_again_gets_no_closer_read_of_its_values()
    {
        // A clean render (the engine also declines wide photo pages: A4, where a rule beside a value was read as a letter of it).
        var clean = Receipt(Vendor, Line("Receipt No: 3190", 30, 300), Line("Date: 12/03/2024", 30, 360), Total) with { Kind = PageKind.CleanRender };
        var recognizer = new ScriptedRereadRecognizer(clean, null, lines: r => Answer(r, 300, "31905"));

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal("3190", result.Invoice.InvoiceNumber);
        Assert.DoesNotContain(recognizer.LineReads, r => r.Box.Y == 300);
    }

    [Theory]
    [InlineData("817,4", "817,47", false, 817.47)]  // the cents the first read cut at the end
    [InlineData("190.", "190.74", false, 190.74)]
    [InlineData("817,4", "817,471", false, 817.4)]  // not whole cents: a speck read as a digit, kept
    [InlineData("53,00", "53,31", true, 53.31)]     // read otherwise, but subtotal + tax add up to it to the cent
    [InlineData("53,00", "53,31", false, 53.00)]    // read otherwise with nothing to agree with it: kept
    [InlineData("53,00", "58,31", true, 53.00)]     // read otherwise and the arithmetic gives neither: kept
    public async Task A_receipt_total_is_taken_from_its_closer_read_when_it_completes_the_cents_or_the_arithmetic_agrees(
        string first, string closer, bool subtotalAndTax, double expected)
    {
        OcrLine[] sums = subtotalAndTax ? [Line("Subtotal 50,00", 30, 680), Line("Tax 3,31", 30, 740)] : [];
        var page = Receipt([Vendor, Line("Receipt No: 40117", 30, 300), Line("Date: 12/03/2024", 30, 360), .. sums, Line("TOTAL " + first, 30, 800)]);
        var recognizer = new ScriptedRereadRecognizer(page, null, lines: r => Answer(r, 800, closer));

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal((decimal)expected, result.Invoice.TotalAmount);
        Assert.Equal("40117", result.Invoice.InvoiceNumber);
        Assert.Contains(recognizer.LineReads, r => r.Box.Y == 800);
    }

    [Theory]
    [InlineData("3190", "31905", true)]
    [InlineData("01933", "7-401933", true)]
    [InlineData("3 tháng 1, 2025", "13 thang 1, 2025", true)] // folded: accents and case do not count
    [InlineData("01-17-20", "01-17-2019", true)]
    [InlineData("5-938428", "85-93842858", false)] // longer on both sides
    [InlineData("R1079364", "R1679364", false)]    // a digit read otherwise
    [InlineData("3190", "3190", false)]
    [InlineData("3190", "3190.", false)]           // only a mark more
    [InlineData("3190", "3190 x", false)]          // a word more
    public void A_value_is_continued_only_by_letters_or_digits_on_one_side(string first, string closer, bool continues) =>
        Assert.Equal(continues, Core.Processing.KeyValueReread.Continues(first, closer));

    /// <summary>The read of the value on the row at <paramref name="y"/>: one word where the value's words were; null for any other read (the vendor's).</summary>
    private static OcrLine? Answer(LineRead read, int y, string text, int height = 40) =>
        read.Box.Y == y ? Line(text, read.Box.X, y, height) : null;

    private static OcrPageResult Receipt(params OcrLine[] lines) =>
        new(1, string.Join('\n', lines.Select(l => l.Text)), 0.9, ReceiptWidth, 1600, lines) { Kind = PageKind.Photo };
}

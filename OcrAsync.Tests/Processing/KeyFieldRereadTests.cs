using OcrAsync.Tests.Ocr.Preprocessing;

namespace OcrAsync.Tests.Processing;

/// <summary>When the second read of a receipt page runs, and what it may change (<see cref="Core.Processing.KeyFieldReread"/>).</summary>
public sealed class KeyFieldRereadTests
{
    private const string Head = "HARBOUR DELI LTD\nReceipt No: 40117\nDate: 12/03/2024\nMilk\nBread\n";

    // The first read lost the total's amount (its label is there, the value is not); the second read has it.
    private static readonly OcrPageResult TotalLost = Page(Head + "TOTAL", PageKind.Photo);
    private static readonly OcrPageResult TotalRead = Page(Head + "Milk 2.50\nBread 3.10\nTOTAL 5.60", PageKind.Photo);

    private static readonly byte[] Image = ReceiptImages.Clean(textPixels: 12); // any decodable page: the recognizer is scripted

    [Fact]
    public async Task A_total_the_first_read_lost_is_taken_from_the_second_read_of_a_photo_page()
    {
        var recognizer = new ScriptedRereadRecognizer(TotalLost, TotalRead);
        var withoutSecondRead = await PipelineFactory.Create(new ScriptedRereadRecognizer(TotalLost, null)).RunAsync(Image, 0.7, null, CancellationToken.None);

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Null(withoutSecondRead.Invoice.TotalAmount);
        Assert.Contains("total_amount missing", withoutSecondRead.Invoice.ReviewReasons);
        Assert.Equal(5.60m, result.Invoice.TotalAmount);
        Assert.Equal("5.60", result.Invoice.Fields["total_amount"].Value);
        Assert.DoesNotContain("total_amount missing", result.Invoice.ReviewReasons);
        Assert.Equal(1, recognizer.SecondReads);
        Assert.Equal(withoutSecondRead.Invoice.InvoiceNumber, result.Invoice.InvoiceNumber);
        Assert.Equal(withoutSecondRead.Invoice.Date, result.Invoice.Date);
        Assert.Equal(TotalLost.Text, result.Text); // the document's text stays the first read's
    }

    [Fact]
    public async Task A_total_only_guessed_from_the_largest_amount_is_read_again_and_replaced_by_a_labelled_one()
    {
        // The first read lost the totals column but kept the item amounts: the largest of them is a guess, not a total.
        var guessed = Page(Head + "Milk 2.50\nBread 3.10\nTOTAL", PageKind.Photo);
        var recognizer = new ScriptedRereadRecognizer(guessed, TotalRead);
        var withoutSecondRead = await PipelineFactory.Create(new ScriptedRereadRecognizer(guessed, null)).RunAsync(Image, 0.7, null, CancellationToken.None);

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal(3.10m, withoutSecondRead.Invoice.TotalAmount);
        Assert.Contains(InvoiceFieldExtractor.GuessedTotal, withoutSecondRead.Invoice.ReviewReasons);
        Assert.Equal(1, recognizer.SecondReads);
        Assert.Equal(5.60m, result.Invoice.TotalAmount);
        Assert.DoesNotContain(InvoiceFieldExtractor.GuessedTotal, result.Invoice.ReviewReasons);
    }

    [Fact]
    public void The_extractor_flags_a_total_it_guessed_on_the_field_itself_and_only_that_one()
    {
        var extractor = new InvoiceFieldExtractor();

        var guessed = extractor.Extract([Page(Head + "Milk 2.50\nBread 3.10\nTOTAL", PageKind.Photo)]);
        var labelled = extractor.Extract([Page(Head + "Milk 2.50\nBread 3.10\nTOTAL 5.60", PageKind.Photo)]);

        Assert.True(guessed.Fields["total_amount"].Guessed);
        Assert.Equal(["total_amount"], Core.Processing.KeyFieldReread.Missing(guessed));
        Assert.False(labelled.Fields["total_amount"].Guessed);
        Assert.Empty(Core.Processing.KeyFieldReread.Missing(labelled));
    }

    [Fact]
    public void A_total_is_guessed_by_its_field_flag_not_by_the_wording_of_a_review_reason()
    {
        var flagged = Invoice(("invoice_number", "40117", 0.9), ("date", "2024-03-12", 0.9), ("total_amount", "3.10", 0.27));
        flagged = flagged with { Fields = new Dictionary<string, ExtractedField>(flagged.Fields) { ["total_amount"] = flagged.Fields["total_amount"] with { Guessed = true } } };
        var reasonOnly = Invoice(("invoice_number", "40117", 0.9), ("date", "2024-03-12", 0.9), ("total_amount", "3.10", 0.9));
        reasonOnly = reasonOnly with { ReviewReasons = [InvoiceFieldExtractor.GuessedTotal] };

        Assert.Equal(["total_amount"], Core.Processing.KeyFieldReread.Missing(flagged));
        Assert.Empty(Core.Processing.KeyFieldReread.Missing(reasonOnly));
    }

    [Fact]
    public void A_guessed_total_is_kept_when_the_second_read_only_guesses_too()
    {
        var first = Guessed(Invoice(("invoice_number", "40117", 0.9), ("date", "2024-03-12", 0.9), ("total_amount", "3.10", 0.27)));
        var second = Guessed(Invoice(("total_amount", "9.90", 0.28)));

        Assert.Equal(["total_amount"], Core.Processing.KeyFieldReread.Missing(first));
        Assert.Same(first, Core.Processing.KeyFieldReread.Fill(first, second, Core.Processing.KeyFieldReread.Missing(first)));
    }

    [Fact]
    public async Task A_clean_render_is_not_read_again_its_misses_are_not_print_that_another_scale_would_show()
    {
        var recognizer = new ScriptedRereadRecognizer(TotalLost with { Kind = PageKind.CleanRender }, TotalRead);

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal(0, recognizer.SecondReads);
        Assert.Null(result.Invoice.TotalAmount);
    }

    [Fact]
    public async Task A_page_with_every_key_field_is_not_read_again_even_when_one_is_weak()
    {
        var everyField = Page(Head + "Milk 2.50\nTOTAL 5.60", PageKind.Photo);
        var recognizer = new ScriptedRereadRecognizer(everyField, TotalRead);

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.99, null, CancellationToken.None);

        Assert.Contains(result.Invoice.ReviewReasons, r => r.Contains("below threshold", StringComparison.Ordinal)); // weak at this threshold
        Assert.Equal(0, recognizer.SecondReads);
        Assert.Equal(5.60m, result.Invoice.TotalAmount);
    }

    [Fact]
    public async Task A_total_cut_after_its_decimal_mark_is_read_again_and_completed_from_the_second_read()
    {
        var cut = Page("HARBOUR DELI LTD\nReceipt No: 4011(\nDate: 12/03/2024\nMilk 2.50\nBread 3.10\nTOTAL 5,", PageKind.Photo);
        var recognizer = new ScriptedRereadRecognizer(cut, TotalRead);

        var result = await PipelineFactory.Create(recognizer).RunAsync(Image, 0.7, null, CancellationToken.None);

        Assert.Equal(1, recognizer.SecondReads);
        Assert.Equal(5.60m, result.Invoice.TotalAmount); // 5 continued
        Assert.Equal("40117", result.Invoice.InvoiceNumber); // 4011 continued
        Assert.Equal("2024-03-12", result.Invoice.Date);
    }

    [Theory]
    [InlineData("R4682057", "GBP 190,", true)]       // a bare decimal mark
    [InlineData("R4682057", "247,8.", true)]         // one decimal and a mark
    [InlineData("R4682(", "GBP 190.20", true)]       // a bracket glued to the number
    [InlineData("R3€", "54.13", true)]
    [InlineData("R4682057", "GBP 190.20", false)]
    [InlineData("R4682057.", "190.20 EUR", false)]   // a full stop after a number is punctuation
    public void A_number_or_total_that_looks_cut_asks_for_both_to_be_read_again(string number, string total, bool cut)
    {
        var invoice = Raw(Invoice(("invoice_number", number.TrimEnd('(', '€', '.'), 0.9), ("total_amount", "190", 0.9)), number, total);

        Assert.Equal(cut ? ["invoice_number", "total_amount"] : [], Core.Processing.KeyFieldReread.Cut(invoice));
    }

    [Theory]
    [InlineData("R7", true)]     // the series and one digit: the rest of the word was lost
    [InlineData("HĐ3", true)]
    [InlineData("R556", true)]   // a faded band over the rows' right end took the rest
    [InlineData("9-93", true)]
    [InlineData("A12", true)]    // one more read at most: only a continuation is taken
    [InlineData("R55618", false)]
    [InlineData("9-936794", false)]
    [InlineData("7", false)]     // a short number printed so
    [InlineData("2021/219", false)]
    public void A_number_that_is_only_a_series_and_a_few_digits_is_cut(string number, bool cut)
    {
        var invoice = Raw(Invoice(("invoice_number", number, 0.9), ("total_amount", "190.20", 0.9)), "No. " + number, "190.20");

        Assert.Equal(cut ? ["invoice_number", "total_amount"] : [], Core.Processing.KeyFieldReread.Cut(invoice));
    }

    [Theory]
    [InlineData("605", "53.10", true)]      // a whole total beside a subtotal printed with decimals: the decimals were lost
    [InlineData("TOTAL 70", "53,10", true)]
    [InlineData("605.96", "53.10", false)]
    [InlineData("55 953 240", "51 242 000", false)] // no amount of the page prints decimals
    public void A_whole_total_on_a_page_whose_subtotal_prints_decimals_is_cut(string total, string subtotal, bool cut)
    {
        var invoice = Raw(Invoice(("invoice_number", "R5561864", 0.9), ("total_amount", "605", 0.9)), "No. R5561864", total);
        invoice = invoice with
        {
            Fields = new Dictionary<string, ExtractedField>(invoice.Fields) { ["subtotal"] = new(subtotal.Replace(" ", "", StringComparison.Ordinal), subtotal, 0.9, 1, null) },
        };

        Assert.Equal(cut ? ["invoice_number", "total_amount"] : [], Core.Processing.KeyFieldReread.Cut(invoice));
    }

    [Theory]
    [InlineData("No. R98231. 2489", true)]     // a speck read as a full stop parted the number
    [InlineData("No. R98231, 2489", true)]
    [InlineData("No. R98231. Date", false)]    // punctuation, then a word
    [InlineData("No. R98231", false)]
    public void A_number_parted_by_a_mark_from_more_digits_is_cut(string raw, bool cut)
    {
        var invoice = Raw(Invoice(("invoice_number", "R98231", 0.9), ("total_amount", "190.20", 0.9)), raw, "190.20");

        Assert.Equal(cut ? ["invoice_number", "total_amount"] : [], Core.Processing.KeyFieldReread.Cut(invoice));
    }

    [Fact]
    public void A_cut_value_is_replaced_only_by_its_continuation_and_the_totals_reasons_follow_it()
    {
        var first = Invoice(("invoice_number", "R4682", 0.9), ("date", "2020-12-13", 0.9), ("total_amount", "190", 0.9)) with
        {
            NeedsReview = true,
            ReviewReasons = ["subtotal + tax (183.00) does not match total (190.00)"],
        };
        var second = Invoice(("invoice_number", "R4682057", 0.8), ("date", "2020-12-31", 0.9), ("total_amount", "190.20", 0.8));
        var other = Invoice(("invoice_number", "R4683", 0.95), ("total_amount", "199.20", 0.95));
        List<string> cut = ["invoice_number", "total_amount"];

        var completed = Core.Processing.KeyFieldReread.Complete(first, second, cut);

        Assert.Equal("R4682057", completed.InvoiceNumber);
        Assert.Equal(190.20m, completed.TotalAmount);
        Assert.Equal("2020-12-13", completed.Date); // not cut: the first read's
        Assert.Empty(completed.ReviewReasons);
        Assert.False(completed.NeedsReview);
        Assert.Same(first, Core.Processing.KeyFieldReread.Complete(first, other, cut)); // another value, not the rest of the first
    }

    [Fact]
    public void Only_missing_key_fields_are_filled_a_value_the_first_read_found_is_kept_even_when_weak()
    {
        var first = Invoice(("invoice_number", "40117", 0.45), ("date", "2024-03-12", 0.9));
        var second = Invoice(("invoice_number", "4011", 0.95), ("date", "2024-03-13", 0.99), ("total_amount", "5.60", 0.8), ("vendor_name", "OTHER", 0.9));

        var filled = Core.Processing.KeyFieldReread.Fill(first, second, Core.Processing.KeyFieldReread.Missing(first));

        Assert.Equal(["total_amount"], Core.Processing.KeyFieldReread.Missing(first));
        Assert.Equal("40117", filled.InvoiceNumber);
        Assert.Equal(0.45, filled.Fields["invoice_number"].Confidence);
        Assert.Equal("2024-03-12", filled.Date);
        Assert.Equal(5.60m, filled.TotalAmount);
        Assert.False(filled.Fields.ContainsKey("vendor_name")); // not a key field: never taken from the second read
        Assert.Equal(["invoice_number confidence 0.45 below threshold 0.70"], filled.ReviewReasons);
        Assert.True(filled.NeedsReview);
    }

    [Fact]
    public void When_the_second_read_finds_none_of_the_missing_fields_the_first_result_is_returned_unchanged()
    {
        var first = Invoice(("invoice_number", "40117", 0.9));
        var second = Invoice(("invoice_number", "99999", 0.99));

        Assert.Same(first, Core.Processing.KeyFieldReread.Fill(first, second, Core.Processing.KeyFieldReread.Missing(first)));
    }

    [Fact]
    public void An_e_invoice_read_from_its_xml_wants_nothing_read_again()
    {
        var xml = Invoice() with { Source = "xml" };

        Assert.Empty(Core.Processing.KeyFieldReread.Missing(xml));
        Assert.Equal(3, Core.Processing.KeyFieldReread.Missing(Invoice()).Count);
    }

    [Theory]
    [InlineData(PageKind.Photo, 1000, true)]
    [InlineData(PageKind.Photo, 2480, false)] // a wide photo: declined from its first read, before the engine plans it again
    [InlineData(PageKind.CleanRender, 1000, false)]
    [InlineData(null, 1000, false)]
    public void Only_narrow_pages_the_engine_took_for_a_photo_get_a_whole_second_read(PageKind? kind, int width, bool expected) =>
        Assert.Equal(expected, SecondReads.MayRead(kind, width, new OcrPreprocessingOptions()));

    private static InvoiceData Guessed(InvoiceData invoice) => invoice with
    {
        Fields = new Dictionary<string, ExtractedField>(invoice.Fields) { ["total_amount"] = invoice.Fields["total_amount"] with { Guessed = true } },
        NeedsReview = true,
        ReviewReasons = [.. invoice.ReviewReasons, InvoiceFieldExtractor.GuessedTotal],
    };

    private static InvoiceData Raw(InvoiceData invoice, string number, string total) => invoice with
    {
        Fields = new Dictionary<string, ExtractedField>(invoice.Fields)
        {
            ["invoice_number"] = invoice.Fields["invoice_number"] with { Raw = number },
            ["total_amount"] = invoice.Fields["total_amount"] with { Raw = total },
        },
    };

    private static OcrPageResult Page(string text, PageKind? kind) => new(1, text, 0.8, 600, 1600, []) { Kind = kind };

    private static InvoiceData Invoice(params (string Name, string Value, double Confidence)[] fields)
    {
        var map = fields.ToDictionary(f => f.Name, f => new ExtractedField(f.Value, f.Value, f.Confidence, 1, null));
        List<string> reasons =
        [
            .. Core.Processing.KeyFieldReread.KeyFields.Where(n => !map.ContainsKey(n)).Select(n => $"{n} missing"),
            .. fields.Where(f => f.Confidence < 0.7).Select(f => FormattableString.Invariant($"{f.Name} confidence {f.Confidence:0.00} below threshold 0.70")),
        ];
        return new InvoiceData
        {
            InvoiceNumber = map.GetValueOrDefault("invoice_number")?.Value,
            Date = map.GetValueOrDefault("date")?.Value,
            Fields = map,
            NeedsReview = reasons.Count > 0,
            ReviewReasons = reasons,
        };
    }
}

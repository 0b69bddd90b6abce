namespace OcrAsync.Tests.Processing;

/// <summary>
/// When the vendor's line is read more than once (<see cref="VendorLineReread"/> with <see cref="NameVote"/>): only where
/// the first reads disagree (or, on a clean page, where the name shows damage), in one more engine call. Pages laid out in
/// code: an invented name at y 100, 30 px high, 18 px a letter; the scripted engine answers each read by its settings.
/// </summary>
public sealed class VendorLineVoteTests
{
    private const string Name = "SENJA BUKIT TRAVEL";

    [Fact]
    public async Task A_closer_read_that_agrees_with_the_first_costs_no_more_reads()
    {
        var engine = new VotingEngine(_ => Name);

        var invoice = await ApplyAsync(engine, Name, PageKind.Photo);

        Assert.Equal(Name, invoice.VendorName);
        Assert.Equal(1, engine.Calls);
    }

    [Fact]
    public async Task A_disputed_word_is_read_again_at_other_scales_and_the_reads_that_agree_win()
    {
        // The first read and the closer read disagree on a letter, at word confidences too low for the closer read alone.
        var engine = new VotingEngine(_ => Name);

        var invoice = await ApplyAsync(engine, "SENJA BUKLT TRAVEL", PageKind.Photo);

        Assert.Equal(Name, invoice.VendorName);
        Assert.Equal(2, engine.Calls);
        Assert.Equal(1 + VendorLineBand.Variants(new LineRead(default)).Count, engine.Reads);
    }

    [Fact]
    public async Task A_disputed_word_the_variants_do_not_settle_stays_as_first_read()
    {
        var engine = new VotingEngine(read => read.LineHeight == VendorLineBand.LineHeight && read.InkExponent > 1 ? "SENJA BUKIT TRAVEL" : "SENJA BUKLT TRAVEL");

        var invoice = await ApplyAsync(engine, "SENJA BUKLT TRAVEL", PageKind.Photo);

        Assert.Equal("SENJA BUKLT TRAVEL", invoice.VendorName);
        Assert.Equal(2, engine.Calls);
    }

    [Theory]
    [InlineData("SENJA BUK!T TRAVEL", 0.95, 1)] // a sign inside a word: voted
    [InlineData("SENJA BUKLT TRAVEL", 0.5, 1)] // no sign, but the engine doubts the name's words: voted
    [InlineData("SENJA BUKLT TRAVEL", 0.95, 0)] // no sign of damage and sure words: a clean page's first read is trusted
    public async Task A_clean_page_votes_only_on_a_name_that_looks_damaged_or_doubtful(string first, double confidence, int calls)
    {
        var engine = new VotingEngine(_ => Name);

        var invoice = await ApplyAsync(engine, first, PageKind.CleanRender, confidence);

        Assert.Equal(calls, engine.Calls);
        Assert.Equal(calls == 0 ? first : Name, invoice.VendorName);
    }

    [Fact]
    public async Task A_name_wrapped_over_two_lines_is_voted_on_each_line_in_the_same_call()
    {
        // "SENJA BUK!T" at y 100 and "TRAVEL HOUSF" under it at y 140; each line's reads give its words right.
        var engine = new VotingEngine(read => read.Box.Y < 120 ? "SENJA BUKIT" : "TRAVEL HOUSE");
        OcrLine Line(string text, int y) => new(text, 0.7, new BoundingBox(40, y, text.Length * 18, 30)) { Words = [.. Words(text).Select(w => w with { Box = w.Box with { Y = y } })] };
        var (head, tail) = (Line("SENJA BUK!T", 100), Line("TRAVEL HOUSF", 140));
        var page = new OcrPageResult(1, head.Text + "\n" + tail.Text, 0.7, 576, 1600, [head, tail]) { Kind = PageKind.CleanRender, Source = PageSource.Ocr };
        var images = new PageImages();
        images.Keep(1, new byte[] { 1 });
        const string first = "SENJA BUK!T TRAVEL HOUSF";
        var field = new ExtractedField(first, first, 0.7, 1, head.Box);
        var invoice = new InvoiceData { VendorName = first, Fields = new Dictionary<string, ExtractedField> { ["vendor_name"] = field } };

        var voted = await VendorLineReread.ApplyAsync(engine, invoice, [page], images, CancellationToken.None);

        Assert.Equal("SENJA BUKIT TRAVEL HOUSE", voted.VendorName);
        Assert.Equal(1, engine.Calls);
        Assert.Equal(2 * (1 + VendorLineBand.Variants(new LineRead(default)).Count), engine.Reads);
    }

    private static Task<InvoiceData> ApplyAsync(VotingEngine engine, string first, PageKind kind, double confidence = 0.5)
    {
        var box = new BoundingBox(40, 100, first.Length * 18, 30);
        var line = new OcrLine(first, 0.7, box) { Words = [.. Words(first).Select(w => w with { Confidence = confidence })] };
        var page = new OcrPageResult(1, first, 0.7, 576, 1600, [line]) { Kind = kind, Source = PageSource.Ocr };
        var images = new PageImages();
        images.Keep(1, new byte[] { 1 });
        var field = new ExtractedField(first, first, 0.7, 1, box);
        var invoice = new InvoiceData { VendorName = first, Fields = new Dictionary<string, ExtractedField> { ["vendor_name"] = field } };
        return VendorLineReread.ApplyAsync(engine, invoice, [page], images, CancellationToken.None);
    }

    private static List<OcrWord> Words(string text)
    {
        var words = new List<OcrWord>();
        var x = 40;
        foreach (var word in text.Split(' '))
        {
            words.Add(new OcrWord(word, new BoundingBox(x, 100, word.Length * 18, 30)) { Confidence = 0.5 });
            x += (word.Length + 1) * 18;
        }

        return words;
    }

    /// <summary>Reads every line as <paramref name="text"/> says for its settings, and counts the calls and reads of the name's row.</summary>
    private sealed class VotingEngine(Func<LineRead, string> text) : IPageRecognizer
    {
        public int Calls { get; private set; }

        public int Reads { get; private set; }

        public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<OcrLine?>> ReadLinesAsync(
            ReadOnlyMemory<byte> encodedImage, int pageNumber, IReadOnlyList<LineRead> reads, string? languages, CancellationToken cancellationToken)
        {
            // The name's reads only: an accent read of the line (no text height of its own) may come with them.
            var band = reads.Count(r => r.LineHeight is not null);
            Calls += band > 0 ? 1 : 0;
            Reads += band;
            return Task.FromResult<IReadOnlyList<OcrLine?>>([.. reads.Select(r => (OcrLine?)new OcrLine(text(r), 0.5, r.Box)
            {
                Words = [.. Words(text(r)).Select(w => w with { Confidence = 0.4 })],
            })]);
        }
    }
}

namespace OcrAsync.Tests.Processing;

/// <summary>
/// Which pages get the closer read of the vendor's row (<see cref="VendorLineBand.For"/>): the page kind decides, not its
/// width. A line laid out in code: an invented name at y 100, 30 px high, 18 px a letter.
/// </summary>
public sealed class VendorLineBandTests
{
    private const string Name = "Lindenhof Papeterie GmbH";

    [Theory]
    [InlineData(576, PageKind.Photo, true)] // a photographed till receipt
    [InlineData(2480, PageKind.Photo, true)] // a scanned A4 page: its name may be faded too
    [InlineData(1240, PageKind.CleanRender, false)] // a clean A4 page rendered at 150 dpi: narrow, but its name reads whole
    [InlineData(576, PageKind.CleanRender, false)]
    [InlineData(576, null, false)] // not read by the engine (a text layer)
    public void Only_a_page_the_engine_took_for_a_photo_or_scan_gets_the_closer_read(int width, PageKind? kind, bool read)
    {
        var line = new OcrLine(Name, 0.9, new BoundingBox(40, 100, Name.Length * 18, 30)) { Words = Words(Name, 40) };
        var page = new OcrPageResult(1, Name, 0.9, width, 1600, [line]) { Kind = kind };

        var band = VendorLineBand.For(page, line.Box);

        Assert.Equal(read, band is not null);
        if (band is not null)
        {
            Assert.Equal(VendorLineBand.LineHeight, band.LineHeight);
            Assert.Equal(line.Box.Y, band.Box.Y);
        }
    }

    [Fact]
    public void A_name_joined_with_its_legal_form_from_the_line_below_is_read_on_the_line_above()
    {
        // The first read cut the name at a faded stretch ("Tra" of "Trading") and left the form alone on the next line.
        var name = new OcrLine("Harbour Books Tra", 0.8, new BoundingBox(40, 100, 17 * 18, 30)) { Words = Words("Harbour Books Tra", 40) };
        var form = new OcrLine("Bhd", 0.9, new BoundingBox(200, 140, 3 * 18, 30)) { Words = Words("Bhd", 200, 140) };
        var address = new OcrLine("12 Quay Road", 0.9, new BoundingBox(40, 180, 12 * 18, 30)) { Words = Words("12 Quay Road", 40, 180) };
        var page = new OcrPageResult(1, "", 0.9, 576, 1600, [name, form, address]) { Kind = PageKind.Photo };

        Assert.Equal(("Harbour Books Tra", name.Box, "Bhd"), VendorLineBand.Wrapped(page, form.Box, "Harbour Books Tra Bhd"));
        Assert.Null(VendorLineBand.Wrapped(page, name.Box, "Harbour Books Tra")); // the whole name on its own line
        Assert.Null(VendorLineBand.Wrapped(page, address.Box, "12 Quay Road")); // nothing of the name above
    }

    [Fact]
    public void A_clean_page_gets_a_band_for_a_vote_only()
    {
        var line = new OcrLine(Name, 0.9, new BoundingBox(40, 100, Name.Length * 18, 30)) { Words = Words(Name, 40) };
        var clean = new OcrPageResult(1, Name, 0.9, 1240, 1600, [line]) { Kind = PageKind.CleanRender };

        Assert.Null(VendorLineBand.For(clean, line.Box));
        Assert.Equal(line.Box.Y, VendorLineBand.Band(clean, line.Box)?.Box.Y);
        Assert.Null(VendorLineBand.Band(clean with { Kind = null }, line.Box)); // not read by the engine
    }

    [Fact]
    public void A_name_the_first_read_split_into_two_lines_of_its_row_has_the_words_of_both()
    {
        // A faded gap split the row: "Lindenhof Papeterie" and "GmbH" are two lines; the extractor joined them.
        var left = new OcrLine("Lindenhof Papeterie", 0.9, new BoundingBox(40, 100, 19 * 18, 30)) { Words = Words("Lindenhof Papeterie", 40) };
        var right = new OcrLine("GmbH", 0.8, new BoundingBox(40 + (24 * 18), 102, 4 * 18, 30)) { Words = Words("GmbH", 40 + (24 * 18), 102) };
        var page = new OcrPageResult(1, "", 0.9, 576, 1600, [right, left]) { Kind = PageKind.Photo };

        Assert.Equal(["Lindenhof", "Papeterie", "GmbH"], VendorLineBand.NameWords(page, left.Box, Name).Select(w => w.Text));
        Assert.Equal(["Lindenhof", "Papeterie"], VendorLineBand.NameWords(page, left.Box, "Lindenhof Papeterie").Select(w => w.Text));
    }

    private static List<OcrWord> Words(string text, int left, int top = 100)
    {
        var words = new List<OcrWord>();
        var x = left;
        foreach (var word in text.Split(' '))
        {
            words.Add(new OcrWord(word, new BoundingBox(x, top, word.Length * 18, 30)));
            x += (word.Length + 1) * 18;
        }

        return words;
    }
}

using OcrAsync.Core.Ocr;
using OcrAsync.Core.Ocr.Preprocessing;
using OcrAsync.Core.Processing;

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

    private static List<OcrWord> Words(string text, int left)
    {
        var words = new List<OcrWord>();
        var x = left;
        foreach (var word in text.Split(' '))
        {
            words.Add(new OcrWord(word, new BoundingBox(x, 100, word.Length * 18, 30)));
            x += (word.Length + 1) * 18;
        }

        return words;
    }
}

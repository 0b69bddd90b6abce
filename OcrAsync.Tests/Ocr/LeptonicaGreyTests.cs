namespace OcrAsync.Tests.Ocr;

/// <summary>The grey image the page plan, the median pass and the darkened line reads look at.</summary>
public sealed class LeptonicaGreyTests
{
    [Fact]
    public void A_page_already_8_bpp_grey_is_read_in_place_not_copied()
    {
        using var page = TesseractEngine.Decode(WarmUpImage.Create());

        using var grey = Leptonica.Grey(page);

        Assert.Equal(8, Leptonica.PixGetDepth(grey));
        Assert.Equal(page.DangerousGetHandle(), grey.DangerousGetHandle()); // Leptonica's clone: the same image, one more reference.
    }

    [Fact]
    public void A_colour_page_is_converted_to_an_8_bpp_copy_with_its_grey_levels()
    {
        // A 2 x 1 PPM: a black and a white pixel.
        var ppm = Encoding.ASCII.GetBytes("P6\n2 1\n255\n").Concat(new byte[] { 0, 0, 0, 255, 255, 255 }).ToArray();
        using var page = TesseractEngine.Decode(ppm);

        using var grey = Leptonica.Grey(page);

        Assert.Equal(32, Leptonica.PixGetDepth(page));
        Assert.Equal(8, Leptonica.PixGetDepth(grey));
        Assert.NotEqual(page.DangerousGetHandle(), grey.DangerousGetHandle());
        var histogram = PixStatistics.Histogram(grey); // Every second pixel: the black one.
        Assert.Equal(1, histogram[0]);
    }

    [Fact]
    public void Disposing_the_page_first_leaves_its_grey_view_readable()
    {
        var page = TesseractEngine.Decode(WarmUpImage.Create());
        using var grey = Leptonica.Grey(page);
        var width = Leptonica.PixGetWidth(page);

        page.Dispose();

        Assert.Equal(width, Leptonica.PixGetWidth(grey));
        Assert.Equal(255, Array.FindLastIndex(PixStatistics.Histogram(grey), n => n > 0)); // White paper still readable.
    }
}

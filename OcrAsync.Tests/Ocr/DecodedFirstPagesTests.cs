namespace OcrAsync.Tests.Ocr;

/// <summary>The decoded first pages the pool keeps for the vendor line's second read.</summary>
public sealed class DecodedFirstPagesTests
{
    private static readonly byte[] Image = WarmUpImage.Create();

    [Fact]
    public void A_kept_page_is_taken_once_by_the_same_buffer()
    {
        using var pages = new DecodedFirstPages(2);
        var buffer = Image.ToArray();
        var pix = TesseractEngine.Decode(buffer);

        pages.Keep(buffer, pix);
        using var taken = pages.Take(buffer);

        Assert.Same(pix, taken);
        Assert.Null(pages.Take(buffer));
        Assert.Equal(0, pages.Count);
    }

    [Fact]
    public void Another_buffer_with_the_same_bytes_or_a_buffer_rewritten_since_does_not_match()
    {
        using var pages = new DecodedFirstPages(2);
        var buffer = Image.ToArray();
        pages.Keep(buffer, TesseractEngine.Decode(buffer));

        Assert.Null(pages.Take(Image.ToArray()));
        Assert.Null(pages.Take(buffer.AsMemory(1)));
        buffer[^1] ^= 0xFF;
        Assert.Null(pages.Take(buffer));
        Assert.Equal(1, pages.Count);
    }

    [Fact]
    public void The_oldest_page_goes_when_more_are_kept_than_the_capacity()
    {
        using var pages = new DecodedFirstPages(2);
        var buffers = Enumerable.Range(0, 3).Select(_ => Image.ToArray()).ToList();
        var kept = buffers.Select(b => TesseractEngine.Decode(b)).ToList();

        for (var i = 0; i < buffers.Count; i++)
        {
            pages.Keep(buffers[i], kept[i]);
        }

        Assert.Equal(2, pages.Count);
        Assert.True(kept[0].IsClosed); // freed, not leaked
        Assert.Null(pages.Take(buffers[0]));
        using var second = pages.Take(buffers[1]);
        using var third = pages.Take(buffers[2]);
        Assert.Same(kept[1], second);
        Assert.Same(kept[2], third);
    }

    [Fact]
    public void A_read_borrows_the_kept_image_and_puts_it_back_for_the_pages_next_read()
    {
        using var pages = new DecodedFirstPages(2);
        var buffer = Image.ToArray();
        var pix = TesseractEngine.Decode(buffer);
        pages.Keep(buffer, pix);

        var first = pages.Read(buffer, p => p);
        var second = pages.Read(buffer, p => p);

        Assert.Same(pix, first);
        Assert.Same(pix, second);
        Assert.Equal(0, pages.Decoded);
        Assert.Equal(1, pages.Count);
        Assert.False(pix.IsClosed);
    }

    [Fact]
    public void A_page_not_kept_is_decoded_by_its_first_later_read_only()
    {
        using var pages = new DecodedFirstPages(2);
        var buffer = Image.ToArray();

        var first = pages.Read(buffer, p => p);
        var second = pages.Read(buffer, p => p);

        Assert.Same(first, second);
        Assert.Equal(1, pages.Decoded);
        Assert.Equal(1, pages.Count);
    }

    [Fact]
    public void A_read_that_fails_frees_the_image_instead_of_keeping_it()
    {
        using var pages = new DecodedFirstPages(2);
        var buffer = Image.ToArray();
        var pix = TesseractEngine.Decode(buffer);
        pages.Keep(buffer, pix);

        Assert.Throws<InvalidOperationException>(() => pages.Read<int>(buffer, _ => throw new InvalidOperationException("read failed")));

        Assert.True(pix.IsClosed);
        Assert.Equal(0, pages.Count);
    }
}

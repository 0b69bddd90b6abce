namespace OcrAsync.Tests.Ocr.Preprocessing;

public sealed class FieldPassTests
{
    private static readonly OcrPreprocessingOptions Off = new() { UpscaleBelowWidth = 0, MedianPassBelowConfidence = 0, PhotoFieldPassBelowConfidence = 0 };

    [Fact]
    public void Reread_value_lines_keep_their_words_in_page_pixels()
    {
        var receipt = ReceiptImages.Photo(textPixels: 22);
        using var plain = new TesseractEngine(null, "eng", Off);
        using var closer = new TesseractEngine(null, "eng", Off with { FieldPassBelowConfidence = 1.0, MaxFieldPasses = 10 }); // every value line re-read

        var before = plain.Recognize(receipt, 1, CancellationToken.None);
        var after = closer.Recognize(receipt, 1, CancellationToken.None);

        Assert.Equal(before.Lines.Count, after.Lines.Count);
        Assert.Contains(Enumerable.Range(0, after.Lines.Count), i => !after.Lines[i].Words.SequenceEqual(before.Lines[i].Words)); // some line was re-read
        Assert.Contains(after.Lines, l => l.Text.Contains("40117", StringComparison.Ordinal));
        for (var i = 0; i < after.Lines.Count; i++)
        {
            var line = before.Lines[i].Box;
            Assert.Equal(line, after.Lines[i].Box);
            Assert.All(after.Lines[i].Words, word =>
            {
                // Each word of the closer read lies on its line of the first read (a few pixels of slack for the crop margin).
                Assert.InRange(word.Box.Y + (word.Box.Height / 2), line.Y - 4, line.Y + line.Height + 4);
                Assert.InRange(word.Box.X, line.X - 30, line.X + line.Width);
                Assert.InRange(word.Box.Height, line.Height / 3, line.Height + 8);
            });
        }
    }

    [Fact]
    public void Only_photo_pages_get_the_photo_limit()
    {
        using var plain = new TesseractEngine(null, "eng", Off);
        using var photos = new TesseractEngine(null, "eng", Off with { PhotoFieldPassBelowConfidence = 1.0, MaxFieldPasses = 10 });

        var photo = ReceiptImages.Photo(textPixels: 22);
        var photoBefore = plain.Recognize(photo, 1, CancellationToken.None);
        var photoAfter = photos.Recognize(photo, 1, CancellationToken.None);
        Assert.Contains(Enumerable.Range(0, photoAfter.Lines.Count), i => !photoAfter.Lines[i].Words.SequenceEqual(photoBefore.Lines[i].Words));

        var render = ReceiptImages.Clean(textPixels: 22);
        var renderBefore = plain.Recognize(render, 1, CancellationToken.None);
        var renderAfter = photos.Recognize(render, 1, CancellationToken.None);
        Assert.Equal(renderBefore.Lines.Select(l => l.Text), renderAfter.Lines.Select(l => l.Text));
        Assert.All(Enumerable.Range(0, renderAfter.Lines.Count), i => Assert.Equal(renderBefore.Lines[i].Words, renderAfter.Lines[i].Words));
    }
}

using OcrAsync.Worker.Cli;

namespace OcrAsync.Tests.Worker;

public sealed class CachingPageRecognizerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ocr-cache-test-").FullName;

    [Fact]
    public async Task The_same_image_and_languages_are_read_once_and_come_back_whole()
    {
        var engine = new CountingRecognizer();
        var cache = new CachingPageRecognizer(engine, _directory);
        byte[] image = [1, 2, 3];

        var first = await cache.RecognizeAsync(image, 1, "eng", CancellationToken.None);
        var again = await new CachingPageRecognizer(engine, _directory).RecognizeAsync(image, 2, "eng", CancellationToken.None);

        Assert.Equal(1, engine.Calls);
        Assert.Equal(2, again.PageNumber);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(first.Lines, again.Lines);
        Assert.Equal(first.Confidence, again.Confidence);
    }

    [Fact]
    public async Task Other_bytes_or_other_languages_are_read_again()
    {
        var engine = new CountingRecognizer();
        var cache = new CachingPageRecognizer(engine, _directory);

        await cache.RecognizeAsync(new byte[] { 1 }, 1, "eng", CancellationToken.None);
        await cache.RecognizeAsync(new byte[] { 2 }, 1, "eng", CancellationToken.None);
        await cache.RecognizeAsync(new byte[] { 1 }, 1, "vie", CancellationToken.None);

        Assert.Equal(3, engine.Calls);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private sealed class CountingRecognizer : IPageRecognizer
    {
        public int Calls { get; private set; }

        public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken) =>
            RecognizeAsync(encodedImage, pageNumber, null, cancellationToken);

        public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken)
        {
            Calls++;
            var line = new OcrLine($"Invoice No: {encodedImage.Span[0]} {languages}", 0.91, new BoundingBox(10, 20, 300, 40));
            return Task.FromResult(new OcrPageResult(pageNumber, line.Text, 0.91, 2480, 3508, [line]));
        }
    }
}

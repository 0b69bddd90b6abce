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
    public async Task Words_come_back_with_the_engines_confidence_which_a_stored_result_leaves_out()
    {
        var engine = new CountingRecognizer();
        byte[] image = [7];

        await new CachingPageRecognizer(engine, _directory).RecognizeAsync(image, 1, "eng", CancellationToken.None);
        var cached = await new CachingPageRecognizer(engine, _directory).RecognizeAsync(image, 1, "eng", CancellationToken.None);

        Assert.Equal(1, engine.Calls);
        var word = Assert.Single(cached.Lines[0].Words, w => w.Text == "INV-7");
        Assert.Equal(0.62, word.Confidence);
        var stored = JsonSerializer.Serialize(cached, OcrJsonOptions.Default);
        Assert.DoesNotContain("0.62", stored, StringComparison.Ordinal);
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
            var number = new OcrWord($"INV-{encodedImage.Span[0]}", new BoundingBox(200, 20, 100, 40))
            {
                Confidence = 0.62,
            };
            var line = new OcrLine($"Invoice No: {number.Text} {languages}", 0.91, new BoundingBox(10, 20, 300, 40))
            {
                Words = [new OcrWord("Invoice", new BoundingBox(10, 20, 80, 40)) { Confidence = 0.95 }, number],
            };
            return Task.FromResult(new OcrPageResult(pageNumber, line.Text, 0.91, 2480, 3508, [line]));
        }
    }
}

namespace OcrAsync.Tests.Processing;

/// <summary>A real Tesseract engine behind <see cref="IPageRecognizer"/> that counts the pages it was asked to OCR.</summary>
internal sealed class CountingRecognizer(TesseractEngine engine) : IPageRecognizer
{
    private readonly Lock _lock = new();

    public int Calls { get; private set; }

    public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Calls++;
            return Task.FromResult(engine.Recognize(encodedImage.Span, pageNumber, cancellationToken));
        }
    }
}

namespace OcrAsync.Benchmarks.Performance;

/// <summary>The same engines, but a document may only have one page in flight (the next one is still rendered meanwhile).</summary>
internal sealed class OnePageAtATime(IPageRecognizer inner) : IPageRecognizer
{
    public int MaxParallelPages => 1;

    public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken) =>
        inner.RecognizeAsync(encodedImage, pageNumber, cancellationToken);

    public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken) =>
        inner.RecognizeAsync(encodedImage, pageNumber, languages, cancellationToken);

    public void ValidateLanguages(string languages) => inner.ValidateLanguages(languages);

    public Task<IReadOnlyList<OcrLine?>> ReadLinesAsync(
        ReadOnlyMemory<byte> encodedImage, int pageNumber, IReadOnlyList<LineRead> reads, string? languages, CancellationToken cancellationToken) =>
        inner.ReadLinesAsync(encodedImage, pageNumber, reads, languages, cancellationToken);
}

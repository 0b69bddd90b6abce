namespace OcrAsync.Core.Ocr;

/// <summary>Recognises one encoded page image (PNG, JPEG, TIFF, BMP, WebP, PNM).</summary>
/// <remarks>The consumer loop depends on this, not on Tesseract, so it can be tested without the engine.</remarks>
public interface IPageRecognizer
{
    Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken);

    /// <summary>Recognises with the given Tesseract languages ("eng", "vie", "eng+vie"); null uses the configured default.</summary>
    /// <exception cref="UnsupportedLanguageException">This recognizer cannot read <paramref name="languages"/>.</exception>
    Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken) =>
        languages is null
            ? RecognizeAsync(encodedImage, pageNumber, cancellationToken)
            : throw new UnsupportedLanguageException($"This recognizer supports only its default languages, not '{languages}'.");

    /// <summary>Throws <see cref="UnsupportedLanguageException"/> unless <paramref name="languages"/> can be used; called before a document's first page.</summary>
    void ValidateLanguages(string languages) => throw new UnsupportedLanguageException($"This recognizer supports only its default languages, not '{languages}'.");

    /// <summary>
    /// Reads lines of the page again (<see cref="LineRead"/>: each cropped from the page, scaled and read as one line) with
    /// <paramref name="languages"/> (e.g. a model whose character set has the accents the page's languages lack; null: the default ones), in one
    /// call so the page is decoded once. One result per read, in order; null where nothing was read, and every one null
    /// when this recognizer cannot (no engine, or the languages are not installed).
    /// </summary>
    Task<IReadOnlyList<OcrLine?>> ReadLinesAsync(
        ReadOnlyMemory<byte> encodedImage, int pageNumber, IReadOnlyList<LineRead> reads, string? languages, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OcrLine?>>(new OcrLine?[reads.Count]);

    /// <summary>
    /// Reads a page again with other preprocessing (a narrow photo page at the other scale), for fields its first read
    /// did not give. Boxes are in page pixels, as the first read's. Null when this recognizer cannot or the page gets no
    /// second read (<see cref="Preprocessing.SecondReads"/>).
    /// </summary>
    Task<OcrPageResult?> ReadPageAgainAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken) =>
        Task.FromResult<OcrPageResult?>(null);

    /// <summary>
    /// Whether <see cref="ReadPageAgainAsync"/> may read this page (its first read's kind and size): false spares the
    /// call, and the engine's planning of the page again, for pages it would decline.
    /// </summary>
    bool MayReadPageAgain(OcrPageResult firstRead) => false;

    /// <summary>How many pages this recognizer reads at the same time (engines); a document keeps that many in flight.</summary>
    int MaxParallelPages => 1;
}

using OcrAsync.Core.Ocr;
using OcrAsync.Core.Ocr.Preprocessing;

namespace OcrAsync.Tests.Processing;

/// <summary>Answers a page's first read and its second read with the texts it was given, and counts the second reads.</summary>
internal sealed class ScriptedRereadRecognizer(OcrPageResult first, OcrPageResult? again) : IPageRecognizer
{
    public int SecondReads { get; private set; }

    public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken) =>
        Task.FromResult(first with { PageNumber = pageNumber });

    /// <summary>As the engine: a page it read and took for a photo or scan (of any width: the engine also declines wide ones).</summary>
    public bool MayReadPageAgain(OcrPageResult firstRead) => firstRead.Source == PageSource.Ocr && firstRead.Kind == PageKind.Photo;

    public Task<OcrPageResult?> ReadPageAgainAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken)
    {
        SecondReads++;
        return Task.FromResult(again);
    }
}

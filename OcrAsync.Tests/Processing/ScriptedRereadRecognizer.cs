namespace OcrAsync.Tests.Processing;

/// <summary>
/// Answers a page's first read, its second read and its region reads with what it was given, and counts the second
/// reads and keeps the region reads (<see cref="LineRead.Block"/>) asked for (none read when no <paramref name="regions"/> answer is given),
/// and answers one-line reads (a value's, the vendor's) with <paramref name="lines"/>, keeping them too.
/// </summary>
internal sealed class ScriptedRereadRecognizer(
    OcrPageResult first, OcrPageResult? again, Func<LineRead, OcrLine?>? regions = null, Func<LineRead, OcrLine?>? lines = null) : IPageRecognizer
{
    public int SecondReads { get; private set; }

    public List<LineRead> RegionReads { get; } = [];

    public List<LineRead> LineReads { get; } = [];

    public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken) =>
        Task.FromResult(first with { PageNumber = pageNumber });

    /// <summary>As the engine: a page it read and took for a photo or scan (of any width: the engine also declines wide ones).</summary>
    public bool MayReadPageAgain(OcrPageResult firstRead) => firstRead.Source == PageSource.Ocr && firstRead.Kind == PageKind.Photo;

    public Task<OcrPageResult?> ReadPageAgainAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken)
    {
        SecondReads++;
        return Task.FromResult(again);
    }

    public Task<IReadOnlyList<OcrLine?>> ReadLinesAsync(
        ReadOnlyMemory<byte> encodedImage, int pageNumber, IReadOnlyList<LineRead> reads, string? languages, CancellationToken cancellationToken)
    {
        RegionReads.AddRange(reads.Where(r => r.Block)); // not the vendor line's reads
        LineReads.AddRange(reads.Where(r => !r.Block));
        return Task.FromResult<IReadOnlyList<OcrLine?>>([.. reads.Select(r => r.Block ? regions?.Invoke(r) : lines?.Invoke(r))]);
    }
}

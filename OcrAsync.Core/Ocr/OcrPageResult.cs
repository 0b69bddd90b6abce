namespace OcrAsync.Core.Ocr;

/// <summary>What the engine read on one page. <see cref="Confidence"/> is Tesseract's mean confidence scaled to 0–1.</summary>
public sealed record OcrPageResult(int PageNumber, string Text, double Confidence, int Width, int Height, IReadOnlyList<OcrLine> Lines)
{
    public PageSource Source { get; init; } = PageSource.Ocr;

    /// <summary>What the engine took the page image for (null: not read by the engine, or read before this was kept).</summary>
    public Preprocessing.PageKind? Kind { get; init; }
}
